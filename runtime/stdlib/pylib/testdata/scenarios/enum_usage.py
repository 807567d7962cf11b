import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import warnings
warnings.simplefilter('ignore')


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


class Status(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"

    @property
    def is_final(self):
        return self is Status.DONE

    def __str__(self):
        return self.value.upper()

    @classmethod
    def parse(cls, s):
        return cls(s.lower())


print(Status.PENDING, repr(Status.RUNNING), Status.DONE.is_final, Status.parse("RUNNING"), f"{Status.DONE}", f"{Status.DONE!r}", "%s" % Status.DONE)
for s in Status:
    print(s.name, s.value, s)
print({s: s.value for s in Status}, Status.DONE in {Status.DONE}, sorted(Status, key=lambda s: s.value))
match Status.RUNNING:
    case Status.PENDING:
        print('pending')
    case Status.RUNNING:
        print('running!')


class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Pri), Pri.HIGH > Pri.LOW, sorted([Pri.HIGH, Pri.LOW, Pri.MID]), max(Pri), Pri.MID + 10, isinstance(Pri.LOW, int), Pri(2), Pri['HIGH'], [0, 'a', 'b', 'c'][Pri.HIGH])
print(str(Pri.LOW), f"{Pri.LOW}", f"{Pri.LOW:>4}", f"{Pri.LOW!r}", '%d %s %r' % (Pri.MID, Pri.MID, Pri.MID))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


print(Color.RED, repr(Color.GREEN), Color.RED == 'red', Color('green'), Color.RED.upper(), ','.join(Color), f"{Color.RED:^7}|")


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.R, repr(rw ^ Perm.R), repr(Perm(7)), int(rw), rw == 6, bool(Perm(0)))


class Shape(Flag):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
    ROUND = CIRCLE


print(list(Shape), Shape.ROUND, Shape.CIRCLE | Shape.SQUARE, Shape['ROUND'], Shape(3), len(Shape), Shape.__members__.keys())
t(lambda: Shape(16))


@unique
class Ok(Enum):
    A = 1
    B = 2


def f():
    @unique
    class Bad(Enum):
        A = 1
        B = 1
t(f)


class Ordered(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3


def f():
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
t(f)


class Ign(Enum):
    _ignore_ = 'x i'
    x = 1
    A = 2
    for i in range(3):
        pass


print(list(Ign), hasattr(Ign, 'x'))

Animal = Enum('Animal', 'CAT DOG')
print(Animal.CAT, list(Animal), Animal(2), Animal.__module__)
Mood = IntEnum('Mood', [('SAD', -1), ('HAPPY', 1)])
print(list(Mood), Mood.SAD + 1)
Ch = Enum('Ch', {'a': 'x', 'b': 'y'}, module='mymod', qualname='Outer.Ch')
print(Ch.a, Ch.__module__, Ch.__qualname__, Ch('y'))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.value)


def f():
    Status.DONE.name = 'x'
t(f)


def f():
    Status.DONE = 5
t(f)


def f():
    class S2(Status):
        X = 1
t(f)


def f():
    class Bad(Enum):
        _sunder_ = 1
t(f)


def f():
    class Bad(Enum):
        mro = 1
t(f)


class Base(Enum):
    def describe(self):
        return '%s=%s' % (self.name, self.value)


class Derived(Base):
    ONE = 1


print(Derived.ONE.describe(), Derived.ONE.__class__.__mro__[1:])
t(lambda: Status('nope'))
t(lambda: Status['nope'])
t(lambda: Pri(0))
t(lambda: Color(1))


class Default(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Default('a'))
t(lambda: Default(2))
t(lambda: Default('b'))
import copy
print(copy.copy(Status.DONE) is Status.DONE, copy.deepcopy([Pri.LOW])[0] is Pri.LOW, copy.deepcopy(rw) == rw)
print(Status.DONE.__class__, type(Status), Status.__name__, Status.__qualname__, len(Status), bool(Status), Status.DONE.__objclass__)
t(lambda: enum.Enum.__members__)
t(lambda: [m for m in Status.__members__])
print(enum.STRICT, enum.KEEP, repr(enum.CONFORM), enum.FlagBoundary.EJECT.value)
