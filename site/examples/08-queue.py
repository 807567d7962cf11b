# Title: Queue: producer and consumers
import asyncio


async def producer(queue):
    for item in range(6):
        await asyncio.sleep(0.5)
        await queue.put(item)
        print(f"produced {item}")


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(1)
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue)
    await queue.join()
    for c in consumers:
        c.cancel()
    print("everything consumed")


asyncio.run(main())
