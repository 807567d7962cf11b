x: int = 5
y: "str"
print(__annotations__)
class A:
    a: int = 1
    b: str
print(A.__annotations__, A.a)
def f(p: int, q: "Q" = 2) -> bool: return True
print(f.__annotations__, f.__defaults__, f.__kwdefaults__, f.__name__, f.__doc__)
def doc():
    "the doc"
    return 1
print(doc.__doc__, doc.__code__.co_name, doc.__code__.co_varnames)
if (n := 10) > 5:
    print("walrus", n)
print(1 < 2 < 3, 1 < 3 < 2, [i for i in range(5) if (j := i * 2) > 4], j)
def mk(v=[]):
    v.append(1)
    return len(v)
print(mk(), mk())
lst = [1, 2, 3]
print(*lst, sep=",")
a = {"x": 1}; b = {"y": 2}
print({**a, **b, "z": 3}, {*lst, 4}, {i % 3 for i in range(10)})
print(sum(i * i for i in range(10)), max((i for i in range(5)), default=0))
for i in range(3):
    if i == 5: break
else:
    print("for-else")
k = 0
while k < 2:
    k += 1
else:
    print("while-else", k)
try:
    pass
except Exception:
    print("no")
else:
    print("try-else")
class O: pass
o = O(); o.attr = 1; del o.attr
print(hasattr(o, "attr"))
d = {"a": 1, "b": 2}; del d["a"]; print(d)
l = [1, 2, 3, 4]; del l[1:3]; print(l)
def outer():
    v = 1
    def mid():
        def inner():
            return v + 1
        return inner()
    return mid()
print(outer())
fs = [lambda i=i: i for i in range(3)]
print([g() for g in fs])
print((lambda: (yield 1))().__next__() if False else "skip")
print(f"{'a'!s:>3}|{3.14159:.2f}|{12345:,}|{'x' * 3}|{{}}")
s = "hello"
print(s[1:3], s[::-1], s[-1])
t = 1, 2
u, v = t
print(u, v, t)
u, v = v, u
print(u, v)
print(type(...).__name__, ... is Ellipsis, NotImplemented)
g = globals()
print("f" in g, g["x"])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
print(id(o) == id(o), callable(print), getattr(o, "nope", "dflt"))
import sys as _s, sys
print(_s is sys)
print(int("12") + 1, str(3) * 2, float("1.5"))
