from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList
import collections
import collections.abc as cabc


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


P = namedtuple('P', 'x y')
t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P(1, 2, z=3))
t(lambda: P(1, x=2))
t(lambda: P(y=1, x=2))
p = P(1, 2)


def s():
    p.x = 5


t(s)


def s2():
    p.z = 5


t(s2)
t(lambda: P._make([1]))
t(lambda: P._make([1, 2]))
t(lambda: p._replace(z=1))
t(lambda: p._replace(x=10))
t(lambda: namedtuple('P', 'x _y'))
t(lambda: namedtuple('P', 'x x'))
t(lambda: namedtuple('P', 'x class'))
t(lambda: namedtuple('P', 'x 1a'))
t(lambda: namedtuple('1P', 'x'))
t(lambda: namedtuple('P', 'x y', defaults=(1, 2, 3)))
t(lambda: namedtuple('P', 'x class _y x', rename=True)._fields)
t(lambda: P)
t(lambda: P.x)
t(lambda: P.__new__.__qualname__)
t(lambda: P.__doc__)
t(lambda: P.x.__doc__)
t(lambda: (p, p.x, p[1], p._asdict(), P._fields, P._field_defaults, tuple(p), len(p), p == (1, 2), isinstance(p, tuple)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
t(lambda: (Q(1), Q(1, 2), Q(1, c=5), Q._field_defaults, Q.__match_args__))
t(lambda: Q())
Single = namedtuple('Single', 'v')
t(lambda: (Single(1), Single.__doc__, hash(Single(1)) == hash((1,))))
t(lambda: sorted([P(2, 1), P(1, 5), P(1, 2)]))
x, y = p
print(x, y, f"{p}", str(p))
match p:
    case P(x=1, y=yy):
        print("matched", yy)


class Sub(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2


t(lambda: (Sub(3, 4), Sub(3, 4).norm(), Sub._make([1, 2])))

d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.rotate(-1)
print(d)
d.extend(range(10))
d.rotate(7)
print(d, len(d), d[0], d[-1], d[3])
d.extendleft('abc')
print(d)
d.reverse()
print(d, d.count(1), d.index(1), d.index(0, 5))
d.remove(1)
d.insert(2, 'ins')
d.insert(-1, 'ins2')
d.insert(100, 'end')
del d[0]
d[1] = 'set'
print(d, 'set' in d, 'zz' in d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, list(window), window.maxlen)
window.appendleft(9)
print(window, list(reversed(window)))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque([1])[5])
t(lambda: deque([1])[1:2])
t(lambda: deque([1], maxlen=1).insert(0, 1))
t(lambda: deque([1]) + [1])
t(lambda: deque([1], maxlen=-1))
t(lambda: deque('abc', 2))
t(lambda: deque('abc') + deque('de'))
t(lambda: deque('ab') * 3)
t(lambda: deque('ab', 3) * 3)
t(lambda: deque('abc') == deque('abc'))
t(lambda: deque('abc') < deque('abd'))
t(lambda: deque('abc') == list('abc'))
t(lambda: deque())
t(lambda: deque(maxlen=0))
t(lambda: bool(deque()))
dd = deque([1, 2])
dd.append(dd)
t(lambda: dd)
t(lambda: deque(range(3)).copy())


def mut():
    q = deque([1, 2, 3])
    for v in q:
        q.append(v)


t(mut)
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
    if i % 5 == 0:
        big.appendleft(-i)
print(big, len(big))
big.rotate(33)
print(list(big)[:10], big[50])
big.clear()
print(big)

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts), counts["q"], len(counts), counts)
t(lambda: defaultdict(5))


class DD(defaultdict):
    pass


t(lambda: DD(list, a=1))
t(lambda: defaultdict(None))
t(lambda: defaultdict()['x'])
t(lambda: defaultdict(list, {'a': [1]}).copy())
t(lambda: defaultdict(lambda: 0).default_factory is not None)
t(lambda: defaultdict(int, a=1) | {'b': 2})
t(lambda: isinstance(defaultdict(), dict))
t(lambda: defaultdict(int).get('x'))

t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().move_to_end('x'))
t(lambda: OrderedDict())
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.keys(), od.values(), od.items())
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, od2 != od3, od2 == dict(od3), dict(od3) == od2, list(reversed(od2)))
od2['z'] = 3
od2['x'] = 10
print(od2, od2.pop('y'), od2, od2.setdefault('w', 7), od2)
t(lambda: OrderedDict(a=1) | {'b': 2})

c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"])
c.update("sip")
print(c.most_common(), sum(c.values()), c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(Counter(a=3, b=1) | Counter(a=1, b=5), Counter(a=3, b=1) & Counter(a=1, b=5))
c2 = Counter(a=2, b=-1, c=0)
print(+c2, -c2, sorted(c2.elements()), c2)
c2.subtract(a=5, d=1)
print(c2)
c2 += Counter()
print(c2)
t(lambda: Counter())
t(lambda: Counter.fromkeys('ab'))
t(lambda: Counter('aab') == Counter('aba'))
t(lambda: Counter(a=1) == Counter(a=1, b=0))
t(lambda: Counter(a=1) <= Counter(a=2))
t(lambda: Counter({'x': 5, 'y': 5, 'z': 6}).most_common(0))
t(lambda: Counter({'x': 5, 'y': 5, 'z': 6}).most_common(-1))
t(lambda: Counter({'x': 5, 'y': 5, 'z': 6}).most_common(1))
t(lambda: Counter({'x': 5, 'y': 5, 'z': 6}).most_common(2))
t(lambda: Counter([1, 'a', 1]).most_common())
t(lambda: Counter({1: 'a', 2: 1}))
t(lambda: Counter(['a', 'b', 'a']).keys())
c3 = Counter(x=1)
del c3['nope']
del c3['x']
print(c3)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), dict(cm), 'b' in cm)
cm['c'] = 5
print(cm.maps, cm.new_child(), cm.parents)
t(lambda: cm['zz'])
t(lambda: cm.pop('b'))
t(lambda: ChainMap())

u = UserDict(a=1)
u['b'] = 2
print(u, len(u), u.get('z', 0), isinstance(u, cabc.MutableMapping))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(9)
print(ul, ul[1:], len(ul), ul + [1], ul == [1, 2, 3, 9])

print(isinstance([], cabc.Iterable), isinstance(5, cabc.Iterable), isinstance({}, cabc.Mapping),
      isinstance([], cabc.Mapping), isinstance((), cabc.Sequence), isinstance('', cabc.Sequence),
      isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence),
      isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance(5, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet),
      isinstance(deque(), cabc.MutableSequence), isinstance(deque(), cabc.Sequence),
      isinstance(Counter(), cabc.MutableMapping), isinstance(OrderedDict(), cabc.Mapping),
      isinstance(p, cabc.Sequence), isinstance(range(3), cabc.Sized), isinstance({}.keys(), cabc.Set),
      isinstance((x for x in []), cabc.Generator), isinstance((x for x in []), cabc.Iterator))


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class MySeq(cabc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i


ms = MySeq(5)
print(isinstance(MyIter(), cabc.Iterator), issubclass(MyIter, cabc.Iterable), list(ms), 9 in ms,
      ms.index(16), ms.count(4), list(reversed(ms)))
t(lambda: ms.index(7))
t(lambda: cabc.Sequence())


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MyMap({'a': 1, 'b': 2})
print(mm.keys(), list(mm.items()), mm.get('c', 3), 'a' in mm, mm == {'a': 1, 'b': 2}, dict(mm), mm.keys() & {'a'})
t(lambda: MyMap({'a': 1}).values())


class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


s1 = MySet([1, 2, 3])
s1 |= {4}
s1 -= {1}
print(sorted(s1), sorted(s1 & {2, 9}), sorted(s1 | {7}), s1 <= MySet([2, 3, 4, 5]), s1 == MySet([2, 3, 4]))
t(lambda: cabc.Iterable)
t(lambda: cabc.Mapping.__module__)
t(lambda: (collections.deque, collections.OrderedDict, collections.Counter, collections.defaultdict, collections.ChainMap))
t(lambda: deque[int])
