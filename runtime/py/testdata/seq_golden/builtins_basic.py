print({3, 1, 2}, set([10, 5, 100]), {(1, 2), (3, 4)})
l = [5, 3, 1]; l.sort(); print(l, sorted("hello"), sorted([3, 1, 2], reverse=True))
d = {'a': 1, 'b': 2}
print(d, d.keys(), list(d.items()), d.get('z', 0))
print("ß".upper(), "Hello World".split(), ", ".join(["a", "b"]), "abc"[::-1])
print(repr("it's"), ascii("é"), "%d-%s" % (1, "x"), "{:>5}|{}".format("a", 2))
for i, (a, b) in enumerate(zip("ab", [1, 2]), start=1): print(i, a, b)
print(list(map(str, range(3))), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
print(max([1, 5, 3]), min("bca"), sum([1, 2, 3]), sum([0.1] * 10), any([]), all([]))
print(b"abc", bytearray(b"x"), bytes([65, 66]), "héllo".encode(), b"\xc3\xa9".decode())
class L(list):
    pass
x = L([1, 2]); x.append(3); print(x, type(x).__name__, len(x))
class D(dict):
    def __missing__(self, k): return k * 2
print(D()[21])
print(range(10)[2:8:2], list(range(5, 0, -2)), 3 in range(5))
print(hex(255), oct(8), bin(5), chr(65), ord("a"), hash((1, 2)))
print([1, 2] + [3], (1,) * 3, "a" * 3, [[]] * 2)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    {}["x"]
except KeyError as e:
    print(repr(e))
s = {1, 2}; s |= {3}; print(s, s & {2, 3}, s - {1}, s ^ {1, 5}, frozenset(s))
print(list[int], dict[str, int])
print(f"{'x':^5}|{3.5:.2f}")
print(str(1), str([1, "a"]), str(b"x"), str(None))
print("a,b".partition(","), "Hello".center(11, "*"), "x".zfill(3))
print(divmod(7, 2), isinstance([], list))
