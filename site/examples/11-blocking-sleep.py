# Title: time.sleep blocks the event loop
import asyncio
import time


async def polite(name):
    await asyncio.sleep(1)
    print(f"{name} done at {time.monotonic() - start:.1f} s")


async def rude(name):
    time.sleep(1)  # blocks every task, not just this one
    print(f"{name} done at {time.monotonic() - start:.1f} s")


async def main():
    global start
    start = time.monotonic()
    await asyncio.gather(polite("p1"), polite("p2"), polite("p3"))
    start = time.monotonic()
    await asyncio.gather(rude("r1"), rude("r2"), rude("r3"))


asyncio.run(main())
