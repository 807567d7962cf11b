def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
class A:
    cls_attr = 5
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @property
    def double(self):
        return self.v * 2
    @staticmethod
    def st(a): return a + 1
    @classmethod
    def cm(cls): return cls.__name__
    def __repr__(self): return f"A({self.v!r})"
class B(A):
    def get(self):
        return super().get() + 100
a = A(3); b = B(4)
print(a.get(), b.get(), a.double, A.st(1), B.cm(), a, [b])
print(isinstance(b, A), issubclass(B, A), type(b).__mro__)
def gen(n):
    i = 0
    while i < n:
        got = yield i
        if got: print("got", got)
        i += 1
    return "done"
g = gen(3)
print(g.__next__(), g.send("x"), g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("stop", e.value)
def outer():
    r = yield from gen(2)
    print("r", r)
for v in outer(): print("v", v)
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")
print(1, 2, sep="-", end="!\n")
a, *b, c = (1, 2, 3, 4, 5)
print(a, b, c)
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
print((lambda *a, **k: (a, k))(1, x=2))
s = 0
i = 0
while i < 1000:
    s += i
    i += 1
print(s)
print(f"{3.5:>8.2f}|{'x'!r}|{10:#x}")
import sys
print(sys.version_info.major)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 10
p = P(); p.x = 3; print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag=1):
    pass
print(WithMeta.added, type(WithMeta))
class Base:
    def __init_subclass__(cls, **kw):
        print("sub", cls.__name__, kw)
class Sub(Base, tag="t"): pass
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
    def __get__(self, obj, typ): return 42
class H:
    d = D()
print(H().d, H.d)
class Slots:
    __slots__ = ("a", "b")
s = Slots(); s.a = 1
print(s.a)
try:
    s.c = 1
except AttributeError as e:
    print(e)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("boom", 7)
except E as e:
    print(e.code, e.args)
print(type(None), type(print), print)
def deco(f):
    def w(*a): return f(*a) * 2
    return w
@deco
def f2(x): return x + 1
print(f2(3), f2.__name__, f2.__qualname__)
def closure():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = closure(); c(); print(c())
