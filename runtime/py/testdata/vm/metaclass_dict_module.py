# A metaclass that is a Python class: the class's __dict__ and __module__.
class Mix:
    pass


class M(Mix, type):
    pass


class C(metaclass=M):
    x = 1


print('x' in C.__dict__, type(C.__dict__).__name__)
C.y = 2
print(C.y, C.__dict__['y'])
print(type.__dict__['__dict__'].__get__(C, type(C)) == C.__dict__)
try:
    C.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class N(type):
    def __repr__(cls):
        return "N" + super().__repr__()


class D(metaclass=N):
    pass


print(sorted(k for k in D.__dict__ if not k.startswith('__')), D.__module__)
print(repr(D), D.__module__)
D.__module__ = 'x'
print(repr(D), D.__module__, D.__dict__['__module__'])
E = M('E', (), {'z': 3})
E.__module__ = 'pkg.mod'
print(repr(E), E.__module__, 'z' in E.__dict__)


class P:
    pass


P.__module__ = 'yy'
print(repr(P), P.__module__)
