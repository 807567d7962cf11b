# G5, TG1-TG4.
import asyncio

async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("job cancelled", name)
        raise
    if fail:
        print("job raising", name)
        raise ValueError(name)
    return name

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timeout", type(e.__cause__).__name__, cm.expired(), cm)
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(0.01)
    print("ok", cm)
    try:
        async with asyncio.timeout(0.2):
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner expired", inner.expired())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", .02))
        b = tg.create_task(job("b", .01), name="bee")
        print(tg)
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok1", .5))
            tg.create_task(job("bad2", .1, True))
            print("body done")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("s", .1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job("x", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
