# asyncio: 100,000 tasks, each awaiting one sleep(0), gathered (time and
# peak memory of many small tasks).
import asyncio


async def worker(i):
    await asyncio.sleep(0)
    return i % 7


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100_000)))
    print(len(results), sum(results))


asyncio.run(main())
