from dataclasses import *
import dataclasses
import abc
import typing
from typing import ClassVar


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


@dataclass
class O:
    id: int
    items: list = field(default_factory=list)
    note: str = "none"


t(lambda: O()); t(lambda: O(1, 2, 3, 4)); t(lambda: O(1, x=2)); t(lambda: O(1, id=2)); t(lambda: O.__init__.__qualname__); t(lambda: O.__repr__.__qualname__)
t(lambda: O.__eq__.__qualname__); t(lambda: O.__hash__); t(lambda: O.__match_args__); t(lambda: O.items if hasattr(O, 'items') else 'noattr'); t(lambda: O.note)
t(lambda: str(fields(O)[1]).replace(str(MISSING), 'MISSING')); t(lambda: O.__dataclass_params__); t(lambda: O.__doc__)
t(lambda: O(1) < O(2))
t(lambda: (O(1), O(1, [2]), O(id=3, note='x'), O(1) == O(1), O(1) == O(2), O(1) != O(1, [])))


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


t(lambda: K(1)); t(lambda: K()); t(lambda: K(a=1)); t(lambda: K.__doc__)


@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


t(lambda: K2(1)); t(lambda: K2(1, 2)); t(lambda: K2(1, b=2)); t(lambda: K2.__match_args__); t(lambda: K2.__doc__)
t(lambda: K2(1, 2, b=3))


def f():
    @dataclass
    class X:
        a: int = 1
        b: int


t(f)


def f():
    @dataclass
    class X:
        a: list = []


t(f)


def f():
    @dataclass
    class X:
        a: dict = {}


t(f)


def f():
    @dataclass(order=True, eq=False)
    class X:
        a: int = 1


t(f)


def f():
    @dataclass(order=True)
    class X:
        a: int = 1

        def __lt__(s, o):
            return True


t(f)


def f():
    @dataclass(unsafe_hash=True)
    class X:
        a: int = 1

        def __hash__(s):
            return 1


t(f)


def f():
    @dataclass
    class X:
        a = field(default=1)


t(f)


def f():
    @dataclass
    class X:
        a: int = field(default=1, default_factory=int)


t(f)


@dataclass(frozen=True)
class F:
    x: int


def f():
    F(1).x = 2


t(f)


def f():
    del F(1).x


t(f)


def f():
    F(1).y = 2


t(f)
t(lambda: hash(F(1)) == hash((1,)))


def f():
    @dataclass
    class G(F):
        y: int = 0


t(f)


def f():
    @dataclass(frozen=True)
    class G(O):
        y: int = 0


t(f)


@dataclass
class R:
    a: int
    r: object = None


r = R(1)
r.r = r
t(lambda: r)
t(lambda: replace(r, b=2))
t(lambda: fields(5))


@dataclass
class IV:
    a: int
    b: InitVar[int]
    c: ClassVar[int] = 5
    d: 'ClassVar[int]' = 6
    e: "InitVar[str]" = 'x'
    f: 'typing.ClassVar[int]' = 7

    def __post_init__(self, b, e):
        self.s = (b, e)


t(lambda: (IV(1, 2).s, [f.name for f in fields(IV)], IV.__init__.__annotations__))
t(lambda: IV.__doc__)
t(lambda: IV(1, 2))
t(lambda: replace(IV(1, 2), a=3))
t(lambda: replace(IV(1, 2), a=3, b=4).s)
t(lambda: asdict(O(1, [O(2)])))
t(lambda: astuple(O(1, [O(2)])))
t(lambda: asdict(O(1, {'k': (O(2), [3])})))
t(lambda: asdict(5))
t(lambda: is_dataclass(O))
t(lambda: (is_dataclass(O(1)), is_dataclass(5), is_dataclass(int)))
t(lambda: InitVar[int])
t(lambda: InitVar[typing.List[int]])


@dataclass(unsafe_hash=True)
class U:
    a: int
    b: int = field(hash=False)
    c: int = field(default=0, compare=False)


t(lambda: hash(U(1, 2)) == hash((1,)))
t(lambda: U(1, 2, 3) == U(1, 2, 4))


@dataclass(eq=False)
class NE:
    a: int


t(lambda: NE(1) == NE(1))
t(lambda: O(1) == (1, [], 'none'))
t(lambda: make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=0))])(1, 2))
Pt = make_dataclass('Pt', ['x', ('y', int)], order=True)
t(lambda: (Pt.__module__, Pt.__doc__, sorted([Pt(2, 1), Pt(1, 2)])))
t(lambda: make_dataclass('Q', ['a', 'a']))
t(lambda: make_dataclass('Q', ['class']))


@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=10)
    c: list = field(init=False, default_factory=list)
    d: int = field(init=False)
    e: int = field(repr=False, default=4)

    def __post_init__(self):
        self.d = self.a * 2


w = WithInitFalse(3)
t(lambda: (w, w.e, WithInitFalse.__match_args__))
t(lambda: replace(w, b=1))
t(lambda: replace(w, a=5))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 10), Version(1, 2, 'x'), Version(0, 99)]
print(sorted(vs), max(vs), Version(2) > Version(1, 5), Version(1) <= Version(1, 0, 'z'))
t(lambda: Version(1) < 5)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 1


t(lambda: (Derived(), Derived(2, 3, 4), [f.name for f in fields(Derived)], Derived.__doc__))


class Plain:
    pass


@dataclass
class Meth:
    v: int

    def double(self):
        return self.v * 2

    @property
    def neg(self):
        return -self.v


t(lambda: (Meth(2).double(), Meth(3).neg, Meth(1) == Meth(1)))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, o):
        return True


t(lambda: (Custom(1), Custom(1) == 5, Custom.__hash__))


@dataclass(frozen=True)
class FH:
    a: int
    b: tuple = ()


t(lambda: ({FH(1), FH(1), FH(2)} == {FH(1), FH(2)}, FH(1, (2,))))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
t(lambda: n)
t(lambda: asdict(n))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


@dataclass
class Sq(Shape):
    s: float

    def area(self):
        return self.s ** 2


t(lambda: (Sq(2).area(), Sq(1.5)))


@dataclass
class Defaults:
    f: float = 1.5
    s: str = 'a'
    n: None = None
    t: tuple = (1, 2)


t(lambda: (Defaults(), Defaults.__doc__))
t(lambda: Defaults(1, 2, 3, 4, 5))
t(lambda: Defaults(1, 2, 3, 4, x=5))
match Meth(5):
    case Meth(v):
        print('matched', v)
t(lambda: dataclasses.KW_ONLY.__class__.__name__)
t(lambda: [f.metadata for f in fields(Node)])
t(lambda: field(metadata={'a': 1}).metadata['a'])


@dataclass
class WithMeta:
    a: int = field(default=0, metadata={'unit': 'cm'})


t(lambda: fields(WithMeta)[0].metadata)
