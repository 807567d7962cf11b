import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch, partialmethod
import collections.abc


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def power(base, exp):
    return base ** exp


sq = partial(power, exp=2)
print(sq(5), sq.func is power, sq.args, sq.keywords)
p2 = partial(sq, 3)
print(p2(), p2.func is power, p2.args, p2.keywords)
t(lambda: partial(max, 1, a=2))
t(lambda: partial(5))
t(lambda: partial(partial(max, 1), 2, key=None))


class Pa(partial):
    pass


t(lambda: Pa(max, 1))
t(lambda: Pa(max, 1)(5))
t(lambda: partial(power, 2)(3, exp=4))
t(lambda: reduce(max, []))
t(lambda: reduce(max, 5))
t(lambda: reduce(lambda a, b: a + b, range(5)))
t(lambda: reduce(lambda a, b: a + b, [], 7))
t(lambda: reduce(lambda a, b: a * b, range(1, 6), 2))
t(lambda: lru_cache(maxsize='x'))

calls = []


@lru_cache(maxsize=2)
def f(n):
    calls.append(n)
    return n * 10


print([f(x) for x in (1, 2, 1, 3, 2, 1, 1)], calls, f.cache_info(), f.cache_parameters())
f.cache_clear()
print(f.cache_info(), f.__name__, f.__wrapped__.__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def g(a, b=2):
    return a + b


print(g(1), g(1, 2), g(1, b=2), g(a=1), g.cache_info())


@lru_cache(maxsize=None, typed=True)
def h(x):
    return type(x).__name__


print(h(1), h(1.0), h(True), h.cache_info())


@lru_cache(maxsize=0)
def z(x):
    return x


print(z(1), z(1), z.cache_info())
ci = f.cache_info()
print(ci.hits, ci._fields, type(ci).__name__, ci._asdict())


def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper


@deco
def documented(x: int) -> int:
    """The doc."""
    return x


documented.extra = 1
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__annotations__, documented.__wrapped__(3), documented.__module__)


class Circle:
    def __init__(self, r):
        self.r = r
        self.n = 0

    @cached_property
    def area(self):
        self.n += 1
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, c.n, 'area' in c.__dict__)
del c.area
print(c.area, c.n)
t(lambda: Circle.area.attrname)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return 'V(%d)' % self.v


print(V(1) <= V(2), V(2) >= V(1), V(3) > V(2), V(2) > V(3), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
t(lambda: total_ordering(type('X', (), {})))


@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __ge__(self, o):
        if not isinstance(o, W):
            return NotImplemented
        return self.v >= o.v


print(W(1) < W(2), W(1) <= W(1), W(2) > W(1))
t(lambda: W(1) < 5)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
t(lambda: cmp_to_key(cmp)(1) < 3)


@singledispatch
def fun(arg, verbose=False):
    return 'default %r' % (arg,)


@fun.register
def _(arg: int, verbose=False):
    return 'int %r' % arg


@fun.register(list)
def _(arg, verbose=False):
    return 'list %r' % arg


@fun.register(collections.abc.Mapping)
def _(arg, verbose=False):
    return 'mapping %r' % (arg,)


print(fun(1), fun(True), fun([1]), fun('s'), fun({'a': 1}), fun(2.5), fun.dispatch(bool).__name__)
print(sorted(k.__name__ for k in fun.registry))
t(lambda: fun())


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
print(cell.set_alive()._alive, cell.set_dead()._alive)


class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


print(Neg().neg(5), Neg().neg(True))
t(lambda: Neg().neg('x'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
t(lambda: type(partial(max)))
