class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.xyz)
try:
    d.abc
except AttributeError as e:
    print("AE", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
l = Logged(); l.a = 1; print(l.a, l.magic)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq.__hash__)
class Callable:
    def __call__(self, x): return x * 3
print(Callable()(4), callable(Callable()), callable(1))
class GA:
    def __class_getitem__(cls, item): return f"GA[{item}]"
print(GA[int])
match {"k": 1, "z": [1, 2]}:
    case {"k": 1, "z": [a, b]}:
        print("matched", a, b)
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(1, y=yy):
        print("pt", yy)
match 5:
    case int(v) if v > 3:
        print("int", v)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("VE", e.exceptions)
except* TypeError as e:
    print("TE", e.exceptions)
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer")
try:
    g()
except KeyError as e:
    print(f"{e.__context__!r}", e.__suppress_context__)
try:
    try:
        raise ValueError(1)
    finally:
        print("fin")
except ValueError:
    print("ok")
def ret_in_finally():
    try:
        return 1
    finally:
        print("finally runs")
print(ret_in_finally())
for i in (1, 2, 3):
    try:
        if i == 2: continue
        print("loop", i)
    finally:
        print("f", i)
x = 10
def glob():
    global x
    x += 1
glob(); print(x)
def kwonly(*, a=1, **rest): return a, rest
print(kwonly(b=2), kwonly(**{"a": 5}))
print(f"{'nested {}'.format(1)} {x!r:>5}")
print(type.__name__, type(type), object.__bases__, type(object))
print(sorted.__name__ if False else "skip")
class Ctx:
    def __enter__(self): return "v"
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False
try:
    with Ctx() as v:
        raise ValueError("in with")
except ValueError as e:
    print("propagated", e)
lam = lambda: (yield)
print(type(lam()).__name__)
def multi():
    yield from (1, 2)
    yield 3
print([*multi()])
class Base:
    def hello(self): return "base"
class Mid(Base):
    def hello(self): return "mid+" + super().hello()
class Leaf(Mid):
    def hello(self): return "leaf+" + super().hello()
print(Leaf().hello(), Leaf.__mro__)
print(super(Mid, Leaf()).hello())
assert True
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
del x
try:
    print(x)
except NameError as e:
    print(e)
