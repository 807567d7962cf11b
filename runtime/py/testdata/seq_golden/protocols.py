# Protocols of user classes: len, bool, iter, getitem, contains, repr, str.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class Sized:
    def __len__(self): return 3
class Neg:
    def __len__(self): return -1
class BadLen:
    def __len__(self): return "x"
class Truthy:
    def __bool__(self): return False
class BadBool:
    def __bool__(self): return 1
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class Iterable:
    def __iter__(self): return iter([1, 2])
class BadIter:
    def __iter__(self): return 5
class NoIter:
    __iter__ = None
class Cont:
    def __contains__(self, x): return x == "yes"
class Rep:
    def __repr__(self): return "<Rep>"
class BadRep:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
class Rev:
    def __reversed__(self): return iter("zyx")
class Idx:
    def __index__(self): return 1

show(1, lambda: len(Sized()))
show(2, lambda: len(Neg()))
show(3, lambda: len(BadLen()))
show(4, lambda: len(5))
show(5, lambda: bool(Sized()))
show(6, lambda: bool(Truthy()))
show(7, lambda: bool(BadBool()))
show(8, lambda: list(Seq()))
show(9, lambda: 20 in Seq())
show(10, lambda: list(Iterable()))
show(11, lambda: iter(BadIter()))
show(12, lambda: iter(NoIter()))
show(13, lambda: "yes" in Cont())
show(14, lambda: 3 in 5)
show(15, lambda: [Rep(), {Rep(): (Rep(),)}])
show(16, lambda: repr(BadRep()))
show(17, lambda: str(BadStr()))
show(18, lambda: list(reversed(Rev())))
show(19, lambda: [10, 20, 30][Idx()])
show(20, lambda: "abc"[Idx():])
show(21, lambda: (lambda x: x[0])(5))
show(22, lambda: int[0])
show(23, lambda: list[int])
show(24, lambda: dict[str, list[int]])
show(25, lambda: tuple[int, ...])
show(26, lambda: next(5))
show(27, lambda: iter(lambda: 1, 1).__class__.__name__)
show(28, lambda: sorted(Seq(), reverse=True))
show(29, lambda: max(Iterable()))
show(30, lambda: "".join(Iterable()))
show(31, lambda: dict(Iterable()))
show(32, lambda: set(Seq()))
show(33, lambda: tuple(Seq()))
show(34, lambda: [*Seq(), *Iterable()])
show(35, lambda: len(reversed([1, 2])) if False else list(reversed((1, 2, 3))))
show(36, lambda: reversed(5))
show(37, lambda: reversed({}).__class__.__name__)

class D(dict):
    def __missing__(self, key):
        return key.upper()
d = D(a="x")
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)

class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
l = L([3, 1, 2])
l.sort()
print(l, len(l), l[0], l[-1:], type(l[:]).__name__, l + [4], type(l + [4]).__name__)

class T(tuple):
    pass
t = T([1, 2])
print(t, type(t).__name__, t == (1, 2), hash(t) == hash((1, 2)), t[1])

class S(set):
    pass
print(S([1]), S(), frozenset(), type(S([1]) | {2}).__name__)

class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
    def __repr__(self): return f"Key({self.v})"
m = {Key(1): "a", Key(2): "b"}
print(m[Key(1)], Key(2) in m, Key(3) in m, {Key(1), Key(1), Key(2)} == {Key(2), Key(1)})
try:
    m[Key(9)]
except KeyError as e:
    print("KeyError", e)

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), max([Cmp(5), Cmp(9)], key=lambda c: -c.v))
try:
    sorted([Cmp(1), 2])
except TypeError as e:
    print(e)
lst = [1, 2, 3]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e, lst)
