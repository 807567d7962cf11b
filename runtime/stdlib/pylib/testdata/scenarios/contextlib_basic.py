import asyncio
import contextlib
import io
import sys
from contextlib import contextmanager, asynccontextmanager, suppress, closing, nullcontext, ExitStack, AsyncExitStack, redirect_stdout


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e, "| context:", repr(e.__context__), "| cause:", repr(e.__cause__))


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as v:
    print("inside", v)


def f():
    with tag("b"):
        raise ValueError("boom")


t(f)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


def f():
    with swallow():
        raise KeyError("k")
    return "after"


t(f)


@contextmanager
def noyield():
    if False:
        yield


t(lambda: noyield().__enter__())


@contextmanager
def twoyield():
    yield 1
    yield 2


def f():
    with twoyield():
        pass


t(f)


def f():
    with twoyield():
        raise TypeError("x")


t(f)


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise RuntimeError("converted")


def f():
    with reraise_other():
        raise ValueError("orig")


t(f)


@contextmanager
def stopper():
    yield


def f():
    with stopper():
        raise StopIteration("si")


t(f)


@contextmanager
def gen_raises_runtime():
    try:
        yield
    except RuntimeError:
        raise


def f():
    with gen_raises_runtime():
        raise RuntimeError("rt")


t(f)


@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__)

with suppress(KeyError, IndexError):
    {}['x']
print("suppressed ok")
t(lambda: suppress(KeyError).__exit__(None, None, None))


def f():
    with suppress(KeyError):
        raise ValueError("not suppressed")


t(f)


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print("null", n)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag("s%d" % i))
    stack.callback(print, "callback", 1)
    stack.push(lambda *exc: print("push exit", exc[0]))
print("after stack")


def f():
    with ExitStack() as stack:
        stack.callback(print, "cb ran")
        stack.push(lambda et, ev, tb: True)
        raise ValueError("suppressed by stack")
    return "returned"


t(f)


def raiser(msg):
    raise KeyError(msg)


def f():
    with ExitStack() as stack:
        stack.callback(raiser, "first")
        stack.callback(raiser, "second")
        raise ValueError("body")


t(f)


def f():
    with ExitStack() as stack:
        stack.enter_context(5)


t(f)


def f():
    stack = ExitStack()
    stack.callback(print, "popped one")
    s2 = stack.pop_all()
    stack.close()
    print("closing s2")
    s2.close()


t(f)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
print(isinstance(tag("x"), contextlib.AbstractContextManager), isinstance(5, contextlib.AbstractContextManager),
      issubclass(io.StringIO, contextlib.AbstractContextManager))


@asynccontextmanager
async def transaction(name):
    print(f"BEGIN {name}")
    try:
        yield {"name": name}
        print(f"COMMIT {name}")
    except Exception as e:
        print(f"ROLLBACK {name} because {e!r}")
        raise
    finally:
        await asyncio.sleep(0)
        print(f"END {name}")


@asynccontextmanager
async def ayield_none():
    if False:
        yield


@asynccontextmanager
async def aswallow():
    try:
        yield
    except ValueError:
        print("aswallowed")


async def main():
    async with transaction("t1") as tx:
        print("tx", tx)
    try:
        async with transaction("t2"):
            raise RuntimeError("constraint")
    except RuntimeError as e:
        print("caller saw:", e)
    try:
        async with ayield_none():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with aswallow():
        raise ValueError()
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(transaction("t3"))
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, "sync cb")
        print("in stack", v)
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(tag("sync"))
    except TypeError as e:
        print("TypeError:", e)
    async with nullcontext(7) as n:
        print("anull", n)

    @transaction("deco")
    async def work():
        print("working")
        return 1
    print(await work())


asyncio.run(main())
