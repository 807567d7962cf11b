# asyncio: a producer and two consumers passing 100,000 items through a
# bounded Queue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    for _ in range(2):
        await q.put(None)


async def consumer(q, out):
    total = 0
    count = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        total += item
        count += 1
    out.append((count, total))


async def main():
    q = asyncio.Queue(maxsize=100)
    out = []
    await asyncio.gather(producer(q, 100_000), consumer(q, out), consumer(q, out))
    print(sum(c for c, _ in out), sum(t for _, t in out))


asyncio.run(main())
