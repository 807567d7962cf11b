class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return V(self.x + o)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __neg__(self): return V(-self.x)
    def __str__(self): return "V(%s)" % self.x
    def __hash__(self): return hash(self.x)
    def __iadd__(self, o):
        print("iadd")
        self.x += o
        return self
print(V(1) + V(2), 5 + V(3), V(2) * 3, 3 * V(2), -V(4))
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1))
v = V(1); v += 10; print(v)
try: V(1) + "a"
except TypeError as e: print(e)
try: V(1) <= V(2)
except TypeError as e: print(e)
class W(V):
    def __radd__(self, o):
        print("W.radd")
        return V(100)
print(V(1) + W(2))
class MyInt(int):
    def __add__(self, o):
        print("MyInt.add")
        return MyInt(int(self) + int(o))
    def __repr__(self): return "MyInt(%d)" % int(self)
m = MyInt(5)
print(m + 1, 1 + m, m * 2, m == 5, m.__hash__() == (5).__hash__(), str(m), m.bit_length(), f"{m:>4}", int(m), float(m))
print(MyInt(7) // 2, -MyInt(3), abs(MyInt(-3)), MyInt("12"), MyInt("ff", 16))
class F(float):
    pass
f = F(2.5)
print(f, f + 1, f * 2, round(f), F("1.5"), f.is_integer(), f"{f:.3f}", f == 2.5)
print(int("  42 "), float(" 1e3 "), complex(1, 2), complex("3-4j"), bool(0), bool(3.5), int(3.99), int(-3.99), int(True))
try: int("abc")
except ValueError as e: print(e)
try: float("x1")
except ValueError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: [] < 3
except TypeError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: [].__hash__()
except TypeError as e: print(e)
try: 2 ** "a"
except TypeError as e: print(e)
try: "a" * 2.5
except TypeError as e: print(e)
try: [1] * V(2)
except TypeError as e: print(e)
print("ab" * 3, 3 * "ab", [1] * 2, (1,) + (2,), "a" + "b", [1] + [2])
print(divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), pow(2, 10), round(2.675, 2), round(-0.5), round(1234, -2))
print(True + True, True & False, ~True, -True, True | 2, 7 % -3, -7 // 2, 2 ** -2, 10 ** 20, (-8) ** (1/3))
print(int.__add__(3, 4), float.__mul__(2.0, 4), int.__add__(3, 4.0), (5).__radd__(2), (3.5).__rsub__(1))
print(0.1 + 0.2, 1e16, 1e-5, 1/3, -0.0, float('inf'), float('nan'), 2.0 ** 0.5, 1e300 * 1e300)
x = 10
x **= 2; x //= 3; x <<= 2; x |= 1; x ^= 5; x %= 17; print(x)
print(sum([0.1] * 3) if False else 0.1 * 3, 7 / 2, 7 // 2, -7 % 3, 5.0 // 2, -5.5 % 2)
print((1).__eq__(1.0), (1.0).__eq__(1), 1 == 1.0, 2**53 + 1 == float(2**53 + 1), 10**20 > 1e19)
print({1: 'a', 1.0: 'b', True: 'c'}, {0.5, 1, 2, 3.0})
print("%d items at %.2f = %8.3e | %-6s| %r %x %o %c %%" % (3, 4.5, 12345.678, "ab", "q", 255, 8, 65))
print("{} {:>6} {:<6}| {:^7} {:,} {:_b} {:.1%} {!r}".format(1, 2.5, "ab", "mid", 1234567, 10, 0.25, "s"))
print(f"{3.14159:.2f} {42:08d} {255:#x} {1e10:g} {-0.0:z.1f} {12345.678:,.1f} {'x':*^5}")
