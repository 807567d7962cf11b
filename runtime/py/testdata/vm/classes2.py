class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class M:
    f = Field()
m = M()
print(m.f)
m.f = 4
print(m.f, m.__dict__, type(M.__dict__["f"]).__name__)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {self.__dict__}>"
    return cls
@add_repr
class R:
    def __init__(self): self.a = 1
print(R(), [R()])
T = type("T", (object,), {"x": 5, "double": lambda self: self.x * 2})
print(T().double(), T.__name__, T.__qualname__, T.__module__)
class S1:
    __slots__ = ("a",)
class S2(S1):
    __slots__ = ("b",)
s = S2(); s.a = 1; s.b = 2
print(s.a, s.b, hasattr(s, "__dict__"))
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B
print(a.who(), type(a).__name__)
class CM:
    @classmethod
    def make(cls): return cls.__name__
class CM2(CM): pass
print(CM2().make(), CM2.make(), CM.make)
class St:
    @staticmethod
    def f(x): return x
print(St.f(1), St().f(2), St.__dict__["f"].__func__(3))
class Chain:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
class C1(Chain, tag="one"): pass
class C2(C1): pass
print(C1.tag, C2.tag)
print(C1.__bases__, C2.__mro__)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), min(Ord(5), Ord(4)))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __repr__(self): return f"Num({self.v})"
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
class Cont:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __contains__(self, x): return x == 42
print(len(Cont()), list(Cont()), 42 in Cont(), 1 in Cont())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), [x for x in It()])
class Bool0:
    def __bool__(self): return False
print(not Bool0(), bool(Bool0()))
class Hashy:
    def __hash__(self): return 7
    def __eq__(self, o): return True
print(len({Hashy(), Hashy()}))
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(isinstance(3, (str, int)), issubclass(bool, (int,)), isinstance(True, int | str))
class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", a)
        return super().__call__(*a, **k)
class WM(metaclass=Meta):
    def __init__(self, x): self.x = x
print(WM(5).x)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Single): pass
print(One() is One())
print(object.__repr__(5)[:12], str(object)[:16])
class Fmt:
    def __format__(self, spec): return f"F[{spec}]"
print(f"{Fmt():abc}", format(Fmt(), "x"))
try:
    f"{object():x}"
except TypeError as e:
    print(e)
print(vars(R()), dir(St)[-1])
