import sys
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
show(1, lambda: [1,2,3].index(2, 0, 5))
show(2, lambda: list(zip([1,2],[3], strict=True)))
show(3, lambda: dict([(1,2)], a=3))
show(4, lambda: dict(zip("abc", range(3))))
show(5, lambda: {**{'a':1}, 'b':2})
show(6, lambda: [*range(3), *"ab"])
show(7, lambda: {1:2} | {3:4})
show(8, lambda: sorted({'b':1,'a':2}.items(), key=lambda kv: kv[1]))
show(9, lambda: max({'x': 3, 'y': 5}, key={'x': 3, 'y': 5}.get))
show(10, lambda: "a-b-c".rsplit("-", 1))
show(11, lambda: [x*2 for x in range(5) if x % 2])
show(12, lambda: {x: x**2 for x in range(4)})
show(13, lambda: {x % 3 for x in range(10)})
show(14, lambda: tuple(reversed(range(5))))
show(15, lambda: list(enumerate("ab", 10)))
show(16, lambda: "{0!r} {1:>4} {2:05.1f}".format("s", 42, 3.14159))
show(17, lambda: "%5.2f|%-4s|%x" % (2.5, "ab", 255))
show(18, lambda: "abc".encode("utf-16"))
show(19, lambda: bytes.fromhex("de ad be ef").hex(" "))
show(20, lambda: [1,2,3][1:] == [2,3])
show(21, lambda: (1, 2) < (1, 2, 0))
show(22, lambda: len({1, 2, 2, 3}))
show(23, lambda: {1, 2} <= {1, 2, 3})
show(24, lambda: frozenset([1, 2]) == {1, 2})
show(25, lambda: hash(frozenset()) )
show(26, lambda: sum([[1], [2]], []))
show(27, lambda: sum(range(100)))
show(28, lambda: list(iter([1, 2, 3].pop, 1)))
show(29, lambda: next(iter([]), "default"))
show(30, lambda: "x".join(map(str, [1, 2, 3])))
show(31, lambda: [1, 2, 3] * 0)
show(32, lambda: "Mississippi".count("ss"))
show(33, lambda: "  a  ".strip() + "|")
show(34, lambda: "tHiS iS".swapcase().title())
show(35, lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
show(36, lambda: list("héllo"))
show(37, lambda: "é" * 3 + "\u20ac")
show(38, lambda: sorted(["b", "a", "C"], key=str.lower))
show(39, lambda: [1, [2, [3]]].__repr__())
show(40, lambda: str(set()))
show(41, lambda: set("aab") == {"a", "b"})
show(42, lambda: {}.setdefault("k", []).append(1))
show(43, lambda: [].pop())
show(44, lambda: (1,).index(5))
show(45, lambda: "abc"[5])
show(46, lambda: {}.pop("x"))
show(47, lambda: {}.pop("x", 5))
show(48, lambda: int("12") + len("abc"))
show(49, lambda: list(filter(lambda x: x > 1, [1, 2, 3])))
show(50, lambda: [i for i in range(3)][::-1])
show(51, lambda: isinstance({}.keys(), type({}.keys())))
show(52, lambda: {1: 'a'}.keys() & {1, 2})
show(54, lambda: type(iter("abc")).__name__ + type(iter("é")).__name__)
show(55, lambda: type(iter(range(3))).__name__)
show(56, lambda: type(reversed([])).__name__ + type(reversed(())).__name__)
show(57, lambda: repr(slice(1, None, 2)))
show(58, lambda: slice(1, 10, 3).indices(5))
show(59, lambda: range(0, 20, 3).index(9))
show(60, lambda: range(3) == range(0, 3, 1))
show(61, lambda: list(range(-5)))
show(62, lambda: "a\tb".expandtabs(4))
show(63, lambda: "x".center(4, "-"))
show(64, lambda: b"a b  c".split())
show(65, lambda: bytearray(b"abc").pop())
show(66, lambda: [ord(c) for c in "AZ"])
show(67, lambda: "".join(chr(i) for i in range(97, 100)))
show(68, lambda: list(map(lambda a, b: a + b, [1, 2], [3, 4])))
show(69, lambda: min([], default="none"))
show(70, lambda: max("apple", "pear", key=len))
show(71, lambda: divmod(-7, 2))
show(72, lambda: print("a", "b", sep="-", end="!\n"))
show(73, lambda: "%s and %r" % ("x", "y"))
show(74, lambda: f"{[1, 2]!s:>10}")
show(75, lambda: "{:,}".format(1234567))
show(76, lambda: str(b"abc", "ascii"))
show(77, lambda: "é".encode("ascii"))
show(78, lambda: b"\xff".decode("utf-8"))
show(79, lambda: list({3: 1, 1: 2, 2: 3}))
show(80, lambda: {1, 2, 3}.pop())
l = [3, 1, 2]
l.sort(); l.reverse()
print(l)
d = {"a": 1}
for k in d:
    pass
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), sorted(It(), reverse=True))
class R:
    def __repr__(self): return "R!"
print([R(), (R(),), {R(): R()}] if False else [R(), (R(),)])
class S(str):
    pass
s = S("hi")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s + "!", len(s))
class T(tuple):
    pass
print(T((1, 2)), T((1,)) + (2,))
x = [1, 2, 3]
x[1:2] = []
x += (4, 5)
x *= 2
print(x)
del x[::3]
print(x)
print(sys.maxsize, [1, 2, 3][-1:-4:-1])
