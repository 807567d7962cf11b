# F1-F5: callbacks one iteration later, in order; texts.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2", f.result()))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_soon(print, "soon before set")
    fut.set_result(42)
    loop.call_soon(print, "soon after set")
    fut.add_done_callback(lambda f: print("late cb"))
    print(fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("awaited", await fut)
    await asyncio.sleep(0)
    f2 = loop.create_future()
    print(f2.cancel("why"), f2.cancel(), f2.cancelled(), f2)
    for _ in (1, 2):
        try:
            f2.result()
        except asyncio.CancelledError as e:
            print("result raised", type(e).__name__, e.args)
    f3 = loop.create_future()
    f3.set_exception(ValueError("bad"))
    print(f3, f3.exception())
    try:
        await f3
    except ValueError as e:
        print("await raised", e)
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
