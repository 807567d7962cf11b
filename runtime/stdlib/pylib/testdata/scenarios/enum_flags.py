import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
def t(f):
    try: r = f(); print("OK", repr(r))
    except BaseException as e: print(type(e).__name__ + ":", e)
class M(Flag):
    A = 1
    B = 6
class M2(Flag, boundary=CONFORM):
    A = 1
    B = 6
    C = 16
class M3(IntFlag):
    A = 1
    B = 6
    D = 8
for cls in (M, M2, M3):
    t(lambda: (cls._flag_mask_, cls._singles_mask_, cls._all_bits_, list(cls), cls.__members__))
    for v in range(-3, 33):
        t(lambda: (v, cls(v), list(cls(v)), len(cls(v)), str(cls(v))))
    for m in cls.__members__.values():
        t(lambda: (m, ~m, list(m), len(m), m | cls.A, m & cls.A, m ^ cls.A))
t(lambda: sorted(k for k in vars(IntEnum)))
class N(IntEnum):
    A = 1
t(lambda: sorted(k for k in vars(N)))
t(lambda: sorted(k for k in vars(IntFlag)))
t(lambda: N.A.__reduce_ex__(4))
t(lambda: M3.A.__reduce_ex__(4))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
t(lambda: (E(4), E(5), E(3), ~E.A, E(-1)))
class Z(IntFlag):
    A = 1
    B = 2
    C = 8
t(lambda: (Z(4), Z(12), Z(-1), ~Z.A, Z._all_bits_, Z._flag_mask_, Z(0), ~Z(0), list(Z(15)), len(Z(15))))
class AF(Flag):
    A = auto()
    B = auto()
    AB = A | B
    N = 0
t(lambda: (list(AF), AF(3), AF(0), ~AF.A, ~AF.AB, ~AF.N, AF.AB.name, list(AF.AB), len(AF.AB), AF.A in AF.AB, bool(AF.N)))
t(lambda: dir(AF.A))
class Color(Enum):
    RED = 1
    GREEN = 2
t(lambda: dir(Color))
t(lambda: (Color.RED.__reduce_ex__(4), Color.__dict__.get('__copy__')))
import copy
t(lambda: (copy.copy(Color.RED), copy.deepcopy(AF.AB), copy.copy(M(7))))
