def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: [].foo)
t(lambda: None.foo)
t(lambda: (1, 2).append(3))
t(lambda: {}.x)
def unpack():
    a, b = 1, 2, 3
t(unpack)
def unpack2():
    a, b, c = (1, 2)
t(unpack2)
def unpack3():
    a, *b, c = (1,)
t(unpack3)
def unpack4():
    a, b = 5
t(unpack4)
t(lambda: print(*5))
t(lambda: print(**5))
def kwf(**k): pass
t(lambda: kwf(**{1: 2}))
t(lambda: kwf(a=1, **{"a": 2}))
t(lambda: next(iter([])))
def rr():
    raise
t(rr)
def raise_bad():
    raise 5
t(raise_bad)
def raise_from_bad():
    raise ValueError from 5
t(raise_from_bad)
def catch_bad():
    try:
        1/0
    except 5:
        pass
t(catch_bad)
def with_bad():
    with 5:
        pass
t(with_bad)
async def aw():
    await 5
t(lambda: aw().send(None))
async def aw2():
    async with 5:
        pass
t(lambda: aw2().send(None))
async def aw3():
    async for x in 5:
        pass
t(lambda: aw3().send(None))
class BadAwait:
    def __await__(self): return 5
async def aw4():
    await BadAwait()
t(lambda: aw4().send(None))
def g():
    yield from 5
t(lambda: list(g()))
t(lambda: int.foo)
t(lambda: type.__dict__["__name__"].__set__(int, "x"))
t(lambda: setattr(t, "__name__", 3))
t(lambda: object.__init__(object(), 1))
t(lambda: super(int, "x"))
t(lambda: getattr(1, 2))
t(lambda: issubclass(int, 1))
class BadNew:
    def __new__(cls): return 5
print(BadNew())
def gen_running():
    yield g_self.__next__()
g_self = gen_running()
t(lambda: g_self.__next__())
t(lambda: (yield))
t(lambda: [].append())
t(lambda: list.append(1, 2))
t(lambda: str.upper(5))
t(lambda: ZeroDivisionError.__new__(int))
