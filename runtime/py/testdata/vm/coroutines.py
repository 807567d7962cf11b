class Fut:
    def __await__(self):
        r = yield self
        return r
async def inner():
    v = await Fut()
    return v * 2
async def main():
    x = await inner()
    print("x", x)
    return "ret"
c = main()
print(c.__qualname__, type(c).__name__)
f = c.send(None)
print(type(f).__name__)
try:
    c.send(21)
except StopIteration as e:
    print("done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def catcher():
    try:
        await Fut()
    except ValueError as e:
        print("caught in coro", e)
        return 5
c = catcher()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("value", e.value)
async def agen():
    yield 1
    await Fut()
    yield 2
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = consume()
r = c.send(None)
print(type(r).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("agen", e.value)
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(it.__next__())
it.close()
def g2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g2(); it.__next__()
try:
    it.close()
except RuntimeError as e:
    print(e)
def g3():
    yield 1
    raise StopIteration
try:
    for x in g3(): print(x)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with CM() as cm:
    raise KeyError("x")
print("after with")
class ACM:
    async def __aenter__(self): print("aenter"); return 1
    async def __aexit__(self, t, v, tb): print("aexit", t); return False
async def use():
    async with ACM() as v:
        print("in", v)
try:
    use().send(None)
except StopIteration:
    print("use done")
async def never(): pass
never()
print("x")
try:
    await_me = Fut()
    async def bad(): await 5
    bad().send(None)
except TypeError as e:
    print(e)
def gen_ret():
    x = yield
    return x
g = gen_ret(); g.send(None)
try:
    g.send(7)
except StopIteration as e:
    print(e.value, e.args)
try:
    gen_ret().send(1)
except TypeError as e:
    print(e)
print(g.__class__.__name__)
