import sys
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", e, sys.exc_info()[0].__name__)
        yield 2
    finally:
        print("gen finally")
it = g()
print(it.__next__())
print(it.throw(ValueError, "v1"))
print(it.gi_running, it.gi_frame is not None)
it.close()
print(it.gi_frame)
def g2():
    yield 1
it = g2()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", e)
try:
    it.__next__()
except StopIteration:
    print("exhausted after throw")
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
ag = agen()
print(drive(ag.__anext__()))
print(drive(ag.asend(None)))
print(drive(ag.aclose()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("stop async")
ag2 = agen()
drive(ag2.__anext__())
try:
    drive(ag2.athrow(ValueError("thrown in")))
except ValueError as e:
    print("athrow", e)
async def coro():
    return 7
w = coro().__await__()
try:
    w.__next__()
except StopIteration as e:
    print("await value", e.value)
def gen_exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
it = gen_exc_state()
print(it.__next__(), sys.exc_info()[0], it.__next__())
def counter():
    n = 0
    while True:
        n += yield n
c = counter(); c.__next__()
print(c.send(5), c.send(10))
