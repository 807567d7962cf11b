def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def f(a, b=1, *, k): pass
def g(a, /, b): pass
def h(): pass
def v(a, *args, **kw): pass
class C:
    def m(self, x): pass
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, 3, k=1))
t(lambda: f())
t(lambda: f(1))
t(lambda: g(a=1, b=2))
t(lambda: g(1, 2, c=3))
t(lambda: h(1))
t(lambda: h(1, 2))
t(lambda: f(1, a=2, k=3))
t(lambda: C().m())
t(lambda: C.m())
def p(a, b, c, d): pass
t(lambda: p())
t(lambda: p(1))
def q(*, a, b): pass
t(lambda: q())
t(lambda: v())
t(lambda: f(1, 2, 3, 4, k=1, z=2))
def u():
    print(x)
    x = 1
t(u)
def w():
    def inner(): return y
    r = inner()
    y = 1
t(w)
t(lambda: undefined_name)
t(lambda: h(**{'a': 1}))
five = 5
t(lambda: five())
class Prop:
    @property
    def x(self): return 1
    p2 = property()
t(lambda: setattr(Prop(), 'x', 2))
t(lambda: Prop().p2)
t(lambda: delattr(Prop(), 'x'))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr('a', 'upper', 2))
t(lambda: setattr(int, 'x', 2))
t(lambda: (1).x)
t(lambda: C.zz)
t(lambda: C().zz)
t(lambda: object().x)
class A: pass
class B(A): pass
t(lambda: type('X', (A, B), {}))
t(lambda: type('X', (A, A), {}))
t(lambda: C(1))
class G:
    def __init__(self): pass
t(lambda: G(1))
class H:
    def __new__(cls): return object.__new__(cls)
t(lambda: H(1))
t(lambda: object.__new__(H, 1))
class I:
    def __init__(self): return 1
t(lambda: I())
t(lambda: type('Z', (bool,), {}))
class M(type): pass
class N(type): pass
class X(metaclass=M): pass
class Y(metaclass=N): pass
t(lambda: type('Z', (X, Y), {}))
t(lambda: isinstance(1, 2))
t(lambda: issubclass(1, int))
t(lambda: super())
class K:
    def __init_subclass__(cls, **kw): print("init_sub", cls.__name__, kw)
class K2(K, foo=1): pass
t(lambda: type('K3', (), {}, foo=1))
t(lambda: ValueError(x=1))
t(lambda: ExceptionGroup('msg', []))
t(lambda: ExceptionGroup('msg', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m', ValueError()))
t(lambda: ExceptionGroup('m', [1]))
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(eg, eg.message, eg.exceptions)
print(eg.split(ValueError))
print(eg.subgroup(TypeError))
t(lambda: ValueError().add_note(1))
print(StopIteration(5).value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code)
print(str(OSError(2, 'nf')), str(OSError(2, 'nf', 'f.txt')), type(OSError(2, 'nf')).__name__)
print(str(KeyError('k')), str(ValueError(1, 2)))
