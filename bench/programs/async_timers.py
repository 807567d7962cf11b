# asyncio: 1,000 tasks sleeping on timers of 0 to 9 ms. (Under CPython's
# real clock the finishing order depends on timing, so only order-free
# checksums are printed.)
import asyncio


async def sleeper(i, done):
    await asyncio.sleep((i % 10) / 1000)
    done.append(i % 10)


async def main():
    done = []
    await asyncio.gather(*(sleeper(i, done) for i in range(1_000)))
    print(len(done), sum(done), sorted(set(done)))


asyncio.run(main())
