# R2-R5, T2: leftover tasks cancelled at shutdown, numbering across runs, time.sleep.
import asyncio, time

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg finally")

async def main():
    asyncio.create_task(bg())
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    time.sleep(0.5)
    print("blocked for", round(loop.time() - t0, 1))
    print(asyncio.current_task().get_name())
    raise RuntimeError("main failed")

try:
    asyncio.run(main())
except RuntimeError as e:
    print("caught", e)

async def second():
    print(asyncio.current_task().get_name())
    return 5

print(asyncio.run(second()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
