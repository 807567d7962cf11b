# S1-S5: Lock FIFO without barging, Event, Semaphore, Condition, Queue.
import asyncio

async def main():
    lock = asyncio.Lock()
    async def waiter():
        async with lock:
            print("waiter acquired")
    await lock.acquire()
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    lock.release()
    await lock.acquire()
    print("holder re-acquired")
    lock.release()
    await t
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = asyncio.Event()
    async def ew(i):
        await ev.wait()
        print("event waiter", i)
    ts = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("set done")
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(2)
    async def sw(i):
        async with sem:
            print("in", i)
            await asyncio.sleep(0.01)
        print("out", i)
    await asyncio.gather(*(sw(i) for i in range(4)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    cond = asyncio.Condition()
    async def cw(i):
        async with cond:
            await cond.wait()
            print("notified", i)
    ts = [asyncio.create_task(cw(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    q = asyncio.Queue(maxsize=2)
    async def consumer(name):
        while True:
            item = await q.get()
            if item is None:
                print(name, "exits")
                return
            print(name, "got", item)
    cs = [asyncio.create_task(consumer("c1")), asyncio.create_task(consumer("c2"))]
    await asyncio.sleep(0)
    for i in range(5):
        await q.put(i)
        print("put", i, "qsize", q.qsize())
    await q.put(None)
    await q.put(None)
    await asyncio.gather(*cs)
    print(str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in (1, 2, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
