# Title: An exception in a task
import asyncio


async def divide(a, b):
    await asyncio.sleep(1)
    return a / b


async def main():
    print(await divide(6, 3))
    print(await divide(1, 0))


asyncio.run(main())
