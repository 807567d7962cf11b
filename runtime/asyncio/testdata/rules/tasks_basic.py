# T1, T2, T5, C1-C6: start order, names, iteration costs, cancellation.
import asyncio

async def child(n):
    print("child start", n)
    await asyncio.sleep(0)
    print("child after sleep0", n)
    return n

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise

async def refuser():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("refuser swallows")
    return "refused"

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "cb1")
    t1 = asyncio.create_task(child(1))
    loop.call_soon(print, "cb2")
    t2 = asyncio.create_task(child(2), name="second")
    t3 = loop.create_task(child(3), name="third")
    t4 = asyncio.create_task(child(4))
    print("names", t1.get_name(), t2.get_name(), t3.get_name(), t4.get_name())
    print("main before yield")
    await asyncio.sleep(0)
    print("main after first sleep0")
    await asyncio.sleep(0)
    print("main after second sleep0")
    print(await t1, await t2, await t3, await t4)
    print(t1)
    s = asyncio.create_task(sleeper("s"))
    await asyncio.sleep(0)
    print(s.cancel("stop it"), s.cancel(), s.cancelling())
    print(s)
    try:
        await s
    except asyncio.CancelledError as e:
        print("awaiting s raised", e.args)
    print(s.cancelled(), s)
    for _ in (1, 2):
        try:
            s.result()
        except asyncio.CancelledError as e:
            print("s.result()", e.args)
    r = asyncio.create_task(refuser())
    await asyncio.sleep(0)
    r.cancel()
    print(await r, r.cancelled(), r.cancelling(), r.uncancel(), r.uncancel())
    u = asyncio.create_task(child(5))
    print(u.cancel(), u.done())
    await asyncio.sleep(0)
    print("u", u.cancelled(), u.cancel())

asyncio.run(main())
