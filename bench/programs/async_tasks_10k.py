# asyncio: 10,000 tasks, each awaiting sleep(0) ten times, gathered.
import asyncio


async def worker(i):
    total = 0
    for k in range(10):
        await asyncio.sleep(0)
        total += k
    return total + i % 3


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(len(results), sum(results))


asyncio.run(main())
