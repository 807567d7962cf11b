# L5/V1/V2: (when, seq) order, integer clock, cancelled timers.
import asyncio

async def w(name, d):
    await asyncio.sleep(d)
    print("woke", name)

async def chain():
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.7)
    print("woke chain 0.1+0.7")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    h = loop.call_later(5, print, "never")
    h.cancel()
    print(h.cancelled(), type(h).__name__)
    await asyncio.gather(w("a", 0.2), w("b", 0.1), w("c", 0.2), chain(), w("d", 0.8))
    print("elapsed", round(loop.time() - start, 1))

asyncio.run(main())
