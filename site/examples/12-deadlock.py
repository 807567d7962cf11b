# Title: A deadlock: two locks taken in opposite orders
import asyncio


async def first(a, b):
    async with a:
        print("first holds a")
        await asyncio.sleep(1)
        async with b:
            print("first holds a and b")


async def second(a, b):
    async with b:
        print("second holds b")
        await asyncio.sleep(1)
        async with a:
            print("second holds b and a")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(first(a, b), second(a, b))


asyncio.run(main())
