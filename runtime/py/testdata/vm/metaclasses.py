class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls
class E(metaclass=Meta, opt=1):
    b = 2
    a = 1
    def m(self): return self.a
print(E._order, E().m(), type(E).__name__)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
class WithCell:
    def get_cls(self): return __class__
    @classmethod
    def cm(cls): return super().__init_subclass__
    @staticmethod
    def sm():
        return __class__.__name__
print(WithCell().get_cls().__name__, WithCell.sm())
class Auto:
    def __init_subclass__(cls, /, prefix="p", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
class AA(Auto, prefix="x"): pass
class AB(Auto): pass
print(AA.prefix, AB.prefix)
class Abstract:
    def __new__(cls, *a, **k):
        if cls is Abstract:
            raise TypeError("abstract!")
        return super().__new__(cls)
class Concrete(Abstract):
    def __init__(self, v): self.v = v
print(Concrete(3).v)
try:
    Abstract()
except TypeError as e:
    print(e)
class MyMapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class MM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return MyMapping()
    def __new__(mcls, name, bases, ns): return super().__new__(mcls, name, bases, ns.d)
class UsesMM(metaclass=MM):
    x = 1
    y = x + 1
print(UsesMM.y)
class SubMeta(type):
    pass
class WithSubMeta(metaclass=SubMeta):
    attr = 1
print('attr' in WithSubMeta.__dict__, type(WithSubMeta.__dict__).__name__)
