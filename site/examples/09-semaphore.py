# Title: Semaphore: at most two at a time
import asyncio


async def download(n, limit):
    async with limit:
        print(f"download {n} starts")
        await asyncio.sleep(1)
        print(f"download {n} ends")


async def main():
    limit = asyncio.Semaphore(2)
    await asyncio.gather(*(download(n, limit) for n in range(5)))


asyncio.run(main())
