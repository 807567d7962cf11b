# Title: create_task starts work in the background
import asyncio


async def tick(name, n, every):
    for i in range(n):
        await asyncio.sleep(every)
        print(f"{name} tick {i + 1}")
    return f"{name} finished"


async def main():
    fast = asyncio.create_task(tick("fast", 4, 0.5))
    slow = asyncio.create_task(tick("slow", 2, 1))
    print("both tasks created; main goes on")
    await asyncio.sleep(0.75)
    print("main woke up after 0.75 s")
    print(await fast)
    print(await slow)


asyncio.run(main())
