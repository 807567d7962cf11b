# L1-L4, L7: one FIFO, iteration snapshot, due timers after ready handles.
import asyncio

def log(*a):
    print(*a)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, log, "call_later(0)")
    loop.call_soon(log, "call_soon")
    await asyncio.sleep(0)
    log("after sleep0")
    def outer():
        log("outer")
        loop.call_soon(log, "scheduled by outer")
    loop.call_soon(outer)
    loop.call_soon(log, "second")
    await asyncio.sleep(0)
    log("main after second sleep0")
    await asyncio.sleep(0)
    log("main after third sleep0")
    loop.call_soon(log, "late callback")
    log("main returns")

asyncio.run(main())
print("after run")
