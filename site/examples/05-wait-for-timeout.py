# Title: wait_for and timeouts
import asyncio


async def slow_answer():
    await asyncio.sleep(5)
    return 42


async def main():
    try:
        answer = await asyncio.wait_for(slow_answer(), timeout=2)
        print("answer:", answer)
    except TimeoutError:
        print("gave up after 2 s")

    async with asyncio.timeout(3):
        await asyncio.sleep(1)
        print("finished within the 3 s budget")

    answer = await asyncio.wait_for(slow_answer(), timeout=10)
    print("with a 10 s budget the answer is", answer)


asyncio.run(main())
