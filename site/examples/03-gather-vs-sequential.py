# Title: gather vs sequential awaits
import asyncio
import time


async def fetch(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return name


async def main():
    start = time.monotonic()
    # One after the other: the waits add up.
    await fetch("a", 1)
    await fetch("b", 2)
    print(f"sequential took {time.monotonic() - start:.1f} s")

    start = time.monotonic()
    # Together: the waits overlap, the longest one decides.
    results = await asyncio.gather(fetch("c", 1), fetch("d", 2))
    print(f"gather took {time.monotonic() - start:.1f} s -> {results}")


asyncio.run(main())
