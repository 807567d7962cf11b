# Title: TaskGroup: structured concurrency
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 1))
        b = tg.create_task(job("b", 2))
    print("all done:", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 1, fail=True))
            tg.create_task(job("d", 3))
    except* ValueError as eg:
        print("caught:", [str(e) for e in eg.exceptions])


asyncio.run(main())
