# G1, G2, G4, C7: gather, wait, wait_for (3.11), shield.
import asyncio

async def w(name, d, fail=False):
    print("start", name)
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    if fail:
        raise ValueError(name)
    print("end", name)
    return name

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    print(await asyncio.gather(w("a", .3), w("b", .1), w("c", .2)))
    try:
        await asyncio.gather(w("x", .3), w("y", .1, True), w("z", .2))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.5)
    print(await asyncio.gather(w("p", .1, True), w("q", .05), return_exceptions=True))
    g = asyncio.gather(w("g1", 1), w("g2", 1))
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; cancelled() =", g.cancelled())
    print(await asyncio.gather())
    t1 = asyncio.create_task(w("t1", .1))
    t2 = asyncio.create_task(w("t2", .2, True))
    t3 = asyncio.create_task(w("t3", .3))
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done), "pending", [t.get_name() for t in pending])
    done, pending = await asyncio.wait([t3], timeout=0.01)
    print(len(done), len(pending))
    await t3
    try:
        await asyncio.wait([w("c", 1)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    tk = asyncio.create_task(ticker(4))
    print("result", await asyncio.wait_for(w("quick", 0), 1))
    await tk
    try:
        await asyncio.wait_for(w("slow", 1), 0.1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(w("zero", 1), 0)
    except TimeoutError:
        print("timeout 0")
    inner = asyncio.create_task(w("inner", .2))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result", await inner)

asyncio.run(main())
