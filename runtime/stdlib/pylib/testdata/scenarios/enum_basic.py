import warnings
warnings.simplefilter('ignore')
import enum, warnings
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
def t(f):
    try: r = f(); print("OK", repr(r))
    except BaseException as e: print(type(e).__name__ + ":", e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self): return self.name.lower()
t(lambda: Color(5)); t(lambda: Color['X']); t(lambda: Color.RED); t(lambda: str(Color.RED)); t(lambda: format(Color.RED)); t(lambda: f"{Color.RED:>12}")
t(lambda: Color.__members__); t(lambda: list(Color)); t(lambda: len(Color)); t(lambda: Color.ALIAS); t(lambda: 1 in Color); t(lambda: Color.RED in Color)
t(lambda: Color); t(lambda: type(Color)); t(lambda: enum.EnumMeta); t(lambda: Color.RED.describe()); t(lambda: hash(Color.RED) == hash('RED'))
def f(): Color.RED = 5
t(f)
def f(): del Color.RED
t(f)
def f():
    class C2(Color): pass
t(f)
def f():
    class X(Enum):
        A = 1
        A = 2
t(f)
def f():
    @unique
    class X(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
t(f)
t(lambda: Color.RED < Color.GREEN)
class N(IntEnum):
    A = 1
    B = auto()
t(lambda: (N.A, str(N.A), format(N.A), f"{N.B:>5}", N.A + 1, N.B == 2, N(2)))
class S(StrEnum):
    X = auto()
    Y = 'why'
t(lambda: (S.X, str(S.X), format(S.X), S.X == 'x', S.Y.upper()))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
t(lambda: (Perm.R|Perm.W, str(Perm.R|Perm.W), Perm(0), str(Perm(0)), Perm.R & Perm.W, ~Perm.R, list(Perm.R|Perm.W), Perm.R in (Perm.R|Perm.X), len(Perm.R|Perm.W), bool(Perm(0))))
t(lambda: Perm(8))
t(lambda: (Perm.R|Perm.W).name)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (IP.R|IP.W, str(IP.R|IP.W), IP(0), IP.R | 8, IP(9), str(IP.R), format(IP.R|IP.W), ~IP.R))
class A(Enum):
    X = auto()
    Y = auto()
t(lambda: list(A))
t(lambda: Enum('Animal', 'ANT BEE CAT'))
t(lambda: list(Enum('Animal', 'ANT BEE CAT')))
t(lambda: list(Enum('Animal', [('a', 5)])))
t(lambda: Enum('Animal', 'ANT BEE').ANT.__class__.__module__)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH   = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
t(lambda: (Planet.EARTH, Planet.EARTH.mass, Planet.EARTH.value))
class M(str, Enum):
    A = 'a'
t(lambda: (M.A, str(M.A), format(M.A), M.A == 'a'))
class WithMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
t(lambda: WithMissing(7))
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 5
t(lambda: BadMissing(7))
t(lambda: Color.RED.value); t(lambda: Color.RED.name); t(lambda: Color.name)
t(lambda: Color.__members__['ALIAS'])
t(lambda: dir(Color))
t(lambda: dir(Color.RED))
t(lambda: Color.RED == 1)
t(lambda: Color._member_names_)
t(lambda: repr(Color._value2member_map_))
t(lambda: Perm._member_names_)
t(lambda: [Perm.R, Perm(7), IP(7)])
class Sh(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
t(lambda: list(Sh))
t(lambda: 'RED' in Color)
class Prop(Enum):
    A = 1
    @property
    def double(self): return self.value*2
t(lambda: Prop.A.double)
t(lambda: sorted(N))
t(lambda: N.A < N.B)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
t(lambda: (Perm._boundary_, IntFlag._boundary_, Flag._boundary_))
t(lambda: list(Perm)); t(lambda: Perm.RW); t(lambda: Perm(7)); t(lambda: Perm(3)); t(lambda: Perm.__members__)
t(lambda: (Perm(7).name, Perm(0).name, Perm(0).value))
class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
t(lambda: Strict(8)); t(lambda: Strict(3))
class Weird(Flag):
    A = 1
    C = 4
t(lambda: (Weird(2), Weird(7), ~Weird.A, Weird.A | Weird.C))
class AF(Flag):
    A = auto()
    B = auto()
    C = auto()
t(lambda: (list(AF), AF.A | AF.C, AF.A ^ AF.C ^ AF.A, bool(AF.A & AF.B), AF.A in AF.A|AF.B, AF(0) in AF.A))
t(lambda: AF.A | 1)
t(lambda: 1 in AF.A)
class Color(Enum):
    RED = 1
    GREEN = 2
t(lambda: Color.RED == Color.RED); t(lambda: {Color.RED: 1}); t(lambda: Color.RED.__class__); t(lambda: isinstance(Color.RED, Color))
t(lambda: Color(Color.RED)); t(lambda: Color['RED']); t(lambda: getattr(Color, 'RED')); t(lambda: Color.__name__)
t(lambda: [m.value for m in Color]); t(lambda: list(reversed(Color))); t(lambda: Color.RED.__reduce_ex__(4))
t(lambda: Color.__len__); 
class Ord(IntEnum):
    LOW = 1
    HIGH = 3
t(lambda: (Ord.LOW < Ord.HIGH, Ord.LOW + Ord.HIGH, Ord(3), int(Ord.HIGH), Ord.HIGH * 2, '%d' % Ord.LOW, '%s' % Ord.LOW, '{}'.format(Ord.LOW), repr(Ord.LOW), hash(Ord.LOW) == hash(1), Ord.LOW == 1, [1,2,3,4][Ord.HIGH]))
t(lambda: Ord(5))
class Mixed(int, Enum):
    A = 1
t(lambda: (Mixed.A, str(Mixed.A), format(Mixed.A), f'{Mixed.A}', Mixed.A + 1, '%s' % Mixed.A))
class SE(StrEnum):
    A = 'alpha'
t(lambda: (SE.A, str(SE.A), f'{SE.A}', SE.A + '!', SE.A.value, '%s' % SE.A, SE('alpha')))
def f():
    class B(StrEnum):
        A = 1
t(f)
class FE(float, Enum):
    PI = 3.14
t(lambda: (FE.PI, str(FE.PI), format(FE.PI, '.1f')))
t(lambda: Enum('Animal', 'ANT BEE', start=10))
t(lambda: list(Enum('Animal', 'ANT, BEE', start=10)))
t(lambda: list(IntEnum('Num', {'ONE': 1, 'TWO': 2})))
t(lambda: list(Flag('F', 'A B C')))
t(lambda: Enum('Animal', 'ANT BEE').__qualname__)
class Auto2(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
t(lambda: list(Auto2))
class Mix(Enum):
    A = 'x'
    B = auto()
t(lambda: list(Mix))
class Base(Enum):
    def hello(self): return 'hi ' + self.name
class Sub(Base):
    X = 1
t(lambda: Sub.X.hello())
class Cnt(Enum):
    A = 1
    B = 2
    @classmethod
    def first(cls): return list(cls)[0]
    @staticmethod
    def s(): return 5
    X = property(lambda self: 1)
t(lambda: (Cnt.first(), Cnt.s(), list(Cnt), Cnt.A.X))
class Desc(Enum):
    A = 1
    __doc_extra__ = 5
    _private = 6
t(lambda: (list(Desc), Desc.__doc_extra__))
t(lambda: Desc._private)
t(lambda: Color.__doc__)
t(lambda: Color.RED.__doc__)
class WithInit(Enum):
    A = 1, 'a'
    B = 2, 'b'
    def __new__(cls, num, label):
        obj = object.__new__(cls)
        obj._value_ = num
        obj.label = label
        return obj
t(lambda: (WithInit.A, WithInit(2), WithInit.B.label))
class IFN(IntFlag):
    A = 1
    B = 2
t(lambda: (IFN.A | IFN.B, IFN(3), list(IFN(3)), IFN.A | 4, 4 | IFN.A, IFN.A + 1, ~IFN.A, ~IFN(0), IFN(-1)))
t(lambda: (enum.Enum, enum.auto(), enum.EnumMeta, enum.ReprEnum, enum.EnumType.__name__))
t(lambda: Color.RED.name.__class__)
t(lambda: [Color.RED, Ord.LOW, AF.A])
t(lambda: str(Color))
t(lambda: type(Color.__members__))
t(lambda: Color.__members__.keys())
t(lambda: Color._member_map_)
t(lambda: Color.GREEN in Color)
t(lambda: Ord.LOW in Ord)
t(lambda: 3 in Ord)
class Color(Enum):
    RED = 1
t(lambda: Color.FOO)
t(lambda: Color.RED.FOO)
t(lambda: '__getattr__' in vars(enum.EnumType))
t(lambda: sorted(k for k in vars(enum.EnumType)))
t(lambda: sorted(k for k in vars(Enum)))
t(lambda: sorted(k for k in vars(Flag)))
t(lambda: sorted(k for k in vars(Color)))
t(lambda: (Flag._numeric_repr_, IntFlag._numeric_repr_, Color._value_repr_, IntEnum._value_repr_, Flag._value_repr_))
t(lambda: Enum.__doc__)
t(lambda: Color.__init_subclass__)
t(lambda: enum.auto)
t(lambda: enum.property)
t(lambda: Enum.name)
class Z(IntFlag):
    A = 1
    B = 2
    C = 8
t(lambda: (Z(4), Z(12), Z(-1), ~Z.A, Z._all_bits_, Z._flag_mask_, Z(0), ~Z(0)))
class Y(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
t(lambda: (Y(4), Y(12), Y(3), ~Y.A, Y._all_bits_, Y._flag_mask_, Y(11), list(Y(11)), ~Y(0), ~Y.AB, Y.AB.name, len(Y(11))))
t(lambda: Y(-1))
t(lambda: Y('x'))
t(lambda: Y._singles_mask_)
class OnlyMulti(Flag):
    A = 3
t(lambda: (list(OnlyMulti), OnlyMulti(1), OnlyMulti(3)))
class M(Flag):
    A = 1
    B = 6
t(lambda: (M._flag_mask_, M._all_bits_, list(M), M(6), M(7), M(2), ~M.A, M.__members__))
class N(Flag):
    A = 1
    B = 2
    C = 4
    ALL = 7
    NONE = 0
t(lambda: (N._flag_mask_, list(N), N(0), N(7), ~N.ALL, N.NONE, ~N.NONE, N.A | N.B | N.C, len(N), N.__members__))
class I(IntFlag):
    A = 1
    B = 6
t(lambda: (I._flag_mask_, I._all_bits_, list(I), I(6), I(7), I(2), ~I.A))
class S(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
t(lambda: S(4)); t(lambda: S(-1)); t(lambda: ~S.A)
class E(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
t(lambda: (E(4), E(5), E(3), ~E.A))
class Desc(Flag):
    C = 4
    B = 2
    A = 1
t(lambda: (list(Desc), Desc(7), list(Desc(7)), Desc(3)))
class Color(Enum):
    RED = 1
def f(): Color.RED.name = 'x'
t(f)
def f(): del Color.RED.value
t(f)
def f(): Color.RED.foo = 'x'; return Color.RED.foo
t(f)
class N(IntEnum):
    A = 1
t(lambda: (N.__repr__, N.__str__, N.__format__, N.__hash__, N.__reduce_ex__, sorted(vars(IntEnum).keys())))
