# T4/T5: how many loop iterations each kind of await costs, measured with a
# ticker that prints once per iteration.
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def quick():
    print("quick runs in", asyncio.current_task().get_name())
    return 7

async def done_soon(fut):
    fut.set_result("fut")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(30))
    await asyncio.sleep(0)
    print("-- wait_for (3.11: a new task, N+2)")
    print("result", await asyncio.wait_for(quick(), 1))
    print("-- await a future completed by a callback")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 1)
    print("fut", await fut)
    print("-- await a task")
    print("task", await asyncio.create_task(quick()))
    print("-- gather of done children (3.11: callbacks via call_soon)")
    a = asyncio.create_task(quick())
    b = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.gather(a, b))
    print("-- shield")
    print(await asyncio.shield(quick()))
    print("-- Event set by a callback")
    ev = asyncio.Event()
    loop.call_soon(ev.set)
    print("event", await ev.wait())
    print("-- Queue get woken by put_nowait in a callback")
    q = asyncio.Queue()
    loop.call_soon(q.put_nowait, "item")
    print("queue", await q.get())
    print("-- TaskGroup end")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick())
    print("tg done")
    print("-- time.sleep blocks the loop; overdue timers fire in order")
    loop.call_later(0.02, print, "timer 0.02")
    loop.call_later(0.01, print, "timer 0.01")
    import time
    time.sleep(0.05)
    print("slept")
    await asyncio.sleep(0)
    print("after sleep0")
    t.cancel()

asyncio.run(main())
