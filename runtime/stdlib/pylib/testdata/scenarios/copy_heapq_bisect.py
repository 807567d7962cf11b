import copy
import heapq
import bisect
import random
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from dataclasses import dataclass, field
from enum import Enum, IntFlag
import functools


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Pt(%r, %r)' % (self.x, self.y)


a = [1, [2, 3], {'k': [4]}, (5, [6]), Pt(7, [8])]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c[3][1] is a[3][1], c[4].y is a[4].y, c)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is not cyc)
tup = (1, 'a', None)
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup)
NT = namedtuple('NT', 'a b')
nt = NT([1], 2)
print(copy.copy(nt), copy.deepcopy(nt).a is nt.a, type(copy.deepcopy(nt)).__name__)
od = OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od)['a'] is od['a'])
dd = defaultdict(list, {'x': [1]})
dd2 = copy.deepcopy(dd)
print(dd2, dd2['new'], dd2.default_factory)
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))


@dataclass
class DC:
    a: list = field(default_factory=list)
    b: int = 0


x = DC([1, 2], 3)
y = copy.deepcopy(x)
print(y, y.a is x.a, copy.copy(x).a is x.a)


class Color(Enum):
    RED = 1


class P(IntFlag):
    A = 1
    B = 2


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy({Color.RED: [P.A | P.B]}))


class Custom:
    def __init__(self):
        self.v = 1

    def __copy__(self):
        print("custom copy")
        return 'copied'

    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return 'deepcopied'


print(copy.copy(Custom()), copy.deepcopy([Custom()]))


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s2 = copy.deepcopy(Slotted())
print(s2.a, hasattr(s2, 'b'))


class WithState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x * 10}

    def __setstate__(self, st):
        self.x = st['x'] + 1


print(copy.copy(WithState()).x, copy.deepcopy(WithState()).x)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = 'a'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.attr, ml2[1] is ml[1])


class MyInt(int):
    pass


print(copy.copy(MyInt(5)), type(copy.deepcopy(MyInt(5))).__name__)
p = functools.partial(max, 1, key=abs)
print(copy.copy(p).args, copy.deepcopy(p).keywords)
t(lambda: copy.copy((x for x in [])))
t(lambda: copy.deepcopy(copy))
t(lambda: copy.copy(slice(1, 2)))
print(copy.deepcopy(len) is len, copy.deepcopy(Pt) is Pt, copy.copy({1, 2}))

rng = random.Random(5)
data = [rng.randrange(20) for _ in range(40)]
h = []
for v in data:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
h2 = list(data)
heapq.heapify(h2)
print(h2, heapq.heappushpop(h2, 3), heapq.heapreplace(h2, 50), h2[:5])
pairs = [(v % 5, chr(97 + i % 26)) for i, v in enumerate(data)]
print(heapq.nsmallest(5, pairs), heapq.nlargest(5, pairs), heapq.nsmallest(3, data, key=lambda v: -v), heapq.nlargest(4, data, key=lambda v: v % 7))
print(heapq.nsmallest(1, data), heapq.nlargest(1, []), heapq.nsmallest(0, data), heapq.nlargest(100, data)[:3], heapq.nsmallest(3, iter(data)))
print(list(heapq.merge([1, 3, 5], [2, 3, 4], [0, 9])), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(['a', 'B'], ['b', 'C'], key=str.lower)))
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappush((), 1))
t(lambda: heapq.heapify(5))
t(lambda: heapq.heappop(5))


class Task:
    def __init__(self, p, n):
        self.p, self.n = p, n

    def __lt__(self, o):
        return self.p < o.p

    def __repr__(self):
        return self.n


tq = []
for i, pr in enumerate([3, 1, 3, 2, 1, 3]):
    heapq.heappush(tq, Task(pr, 't%d' % i))
print([heapq.heappop(tq) for _ in range(6)])

s = sorted(data)
print(bisect.bisect(s, 7), bisect.bisect_left(s, 7), bisect.bisect_right(s, 7, 3, 20), bisect.bisect_left(s, 100))
bisect.insort(s, 7)
bisect.insort_left(s, 7.0)
print(s)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
t(lambda: bisect.bisect([1], 1, -1))
t(lambda: bisect.bisect([1, 2, 3], 2, 0, -1))
t(lambda: bisect.bisect([1, 2, 3], 2, hi=10))
