# Title: Event: wake everyone at once
import asyncio


async def waiter(name, event):
    print(f"{name} waits")
    await event.wait()
    print(f"{name} goes")


async def main():
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(2)
    print("main sets the event")
    event.set()
    await asyncio.gather(*waiters)


asyncio.run(main())
