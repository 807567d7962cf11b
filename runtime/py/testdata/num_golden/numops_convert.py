class Idx:
    def __index__(self): return 3
class Fl:
    def __float__(self): return 2.5
class In:
    def __int__(self): return 7
class Tr:
    def __trunc__(self): return 9
class Fmt:
    def __format__(self, spec): return "<" + spec + ">"
class Plain: pass
print(bin(Idx()) if False else 0, "ab"[Idx()-2] if False else 1, int(In()), int(Tr()), float(Fl()), float(Idx()), f"{Fmt():xyz}", format(Fmt(), "q"))
print(f"{Plain.__name__:>8}", "{0:>5}|{0!s:<5}|".format(12))
try: f"{Plain():x}"
except TypeError as e: print(e)
try: int(Plain())
except TypeError as e: print(e)
try: float(Plain())
except TypeError as e: print(e)
try: int("10", 1)
except ValueError as e: print(e)
try: int(10, 2)
except TypeError as e: print(e)
try: format(1.5, "d")
except ValueError as e: print(e)
try: "%d" % "x"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
try: "{} {1}".format(1, 2)
except ValueError as e: print(e)
try: "{2}".format(1)
except IndexError as e: print(e)
try: "{x}".format()
except KeyError as e: print(repr(e))
try: 10 ** -1 // 0
except ZeroDivisionError as e: print(e)
try: 5 % 0
except ZeroDivisionError as e: print(e)
try: 5.0 % 0
except ZeroDivisionError as e: print(e)
try: 1 << -1
except ValueError as e: print(e)
try: float("inf") // 1 if False else int(float("inf"))
except OverflowError as e: print(e)
try: int(float("nan"))
except ValueError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
try: str(10 ** 5000)
except ValueError as e: print(e)
try: int("1" * 5000)
except ValueError as e: print(e)
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: (1+2j) < (2+3j)
except TypeError as e: print(e)
try: round(1.5, "x")
except TypeError as e: print(e)
print(1 < 2.5, 2**64 > 1.8e19, 2**1000 > 1e300, float(2**1000) if False else 0, (2**53+1) > 2.0**53, -1 < -0.5)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", True) if False else 0, (1024).bit_length(), (7).bit_count())
print((0.5).as_integer_ratio(), (3).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.4p+1"), (3.0).is_integer(), (1+2j).conjugate(), (3).real, (3).imag, (2+5j).imag)
print(hash(1.0) == hash(1), hash(-1), hash(2**61 - 1), hash(0.5), hash(-2**63), hash(1+1j)) if False else print((1.0).__hash__(), (-1).__hash__(), (2**61).__hash__(), (0.5).__hash__(), (1+1j).__hash__())
print(1e22, 1e21, 123456789012345680.0, 0.000123, 1.5e-7, 3.0, -2.5e+100, 2.0**-1074)
print(repr(1.1), str(2.2), 1.1 * 3, 0.1 * 3, 100.0 / 3, 2 / 3)
a = 5; a += 2.5; print(a)
s = "x"; s *= 3; s += "y"; print(s)
l = [1]; l += [2]; l *= 2; print(l)
t = (1,); t += (2,); print(t)
print(True * 3, False + 1.5, True / 2, True // 1, True ** 2, (True, False) == (1, 0))
print(int.__new__(int, 5) if False else 0, isinstance(True, int), int.__name__, type(2**100).__name__, type(1.0).__name__)
print(f"{1234.5:n} {1e100:.3} {0.1:.20f} {5:+} {-5:+} {5: } {5:<+5}| {12:^+7}| {3.0:#.0f}")
print("%(a)s-%(b)05.1f" % {"a": "k", "b": 3.14159}, "%*.*f" % (8, 2, 3.14159), "%-*s|" % (4, "z"), "%5c|" % "q")
