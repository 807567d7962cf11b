# C4, G3, S3, TG3, contextvars in tasks, to_thread, as_completed.
import asyncio, contextvars, time

request = contextvars.ContextVar("request", default="-")

async def handler(name, d):
    request.set(name)
    await asyncio.sleep(d)
    return f"{name}:{request.get()}"

def blocking(x):
    time.sleep(0.1)
    return x * 2

async def main():
    request.set("main")
    print(await asyncio.gather(handler("a", .02), handler("b", .01)), request.get())
    ctx = contextvars.copy_context()
    print(ctx.get(request), request in ctx)
    for coro in asyncio.as_completed([handler("slow", .03), handler("fast", .01)]):
        print("as_completed", await coro)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ticker_out = []
    async def tick():
        for i in range(3):
            ticker_out.append(round(loop.time() - t0, 2))
            await asyncio.sleep(0.04)
    tk = asyncio.create_task(tick())
    print("to_thread", await asyncio.to_thread(blocking, 21))
    await tk
    print("ticker ran meanwhile", len(ticker_out))
    cond = asyncio.Condition()
    async def cw():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cw cancelled; lock held again:", cond.locked())
                raise
    async with cond:
        t = asyncio.create_task(cw())
        await asyncio.sleep(0)
        t.cancel()
        await asyncio.sleep(0)
        print("cw done while we hold the lock?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("cw cancelled")
    async def worker(n, fail_at):
        try:
            await asyncio.sleep(n * 0.01)
            if n == fail_at:
                raise ArithmeticError(f"worker {n}")
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("worker cancelled", n)
            raise
    async def parent():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker(1, 1))
                await asyncio.sleep(1)
        except* ArithmeticError as eg:
            print("group", [str(e) for e in eg.exceptions])
        print("parent cancelling()", asyncio.current_task().cancelling())
    await parent()

asyncio.run(main())
