class MyList(list):
    def total(self):
        s = 0
        for x in self: s += x
        return s
m = MyList((1, 2, 3))
m.append(4)
print(m, m.total(), type(m).__name__, isinstance(m, list))
class MyDict(dict):
    def __missing__(self, k): return k * 2
d = MyDict(a=1)
print(d["a"], d["zz"], d)
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s).__name__)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
i = MyInt(5)
print(i + 1, i, type(i + 1).__name__)
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
p = P(1, 2)
print(p, p.a, p[1])
class E(ValueError):
    pass
try:
    raise E("x")
except ValueError as e:
    print(type(e).__name__, e)
