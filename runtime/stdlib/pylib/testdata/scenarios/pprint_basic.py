import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {
    'name': 'aioplay', 'version': (3, 11, 2), 'tags': ['async', 'python', 'playground', 'virtual-time', 'wasm'],
    'nested': {'z': [1, 2, {'deep': list(range(30))}], 'a': {'x': None, 'y': True, 'w': 1.5e-9}},
    'set': {5, 3, 1, 4, 2, 9, 8, 7, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24},
    'fs': frozenset({2, 1}), 'empty': {}, 'el': [], 'et': (), 'one': (1,),
    'text': 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\nSecond line here.',
    'bytes': b'0123456789' * 12,
    3: 'int key', (1, 2): 'tuple key',
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
print(pprint.pformat(list(range(50)), compact=True))
print(pprint.pformat(list(range(50))))
print(pprint.pformat([[i] * i for i in range(8)], width=30))
pprint.pp({'b': 1, 'a': [2] * 30})
od = OrderedDict((str(i), i * i) for i in range(15))
pprint.pprint(od)
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog' * 3))
pprint.pprint(ChainMap({'a': list(range(20))}, {'b': list(range(20))}))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
P = namedtuple('P', 'x y')
pprint.pprint([P(i, str(i) * 10) for i in range(6)])


@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)


@dataclass
class Order:
    id: int
    items: list
    meta: dict = field(default_factory=dict)


o = Order(1, [Item('widget', 5, ['a', 'b']), Item('gadget-with-a-long-name', 12, list(range(10)))], {'prio': 'high', 'notes': 'x' * 40})
pprint.pprint(o)
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta='b' * 60, gamma={'k': 'v'}))


def mask(text):
    i = text.find('id=')
    while i >= 0:
        j = i + 3
        while j < len(text) and text[j].isdigit():
            j += 1
        text = text[:i + 3] + 'N' + text[j:]
        i = text.find('id=', i + 3)
    return text


rec = [1, 2]
rec.append(rec)
print(mask(pprint.pformat(rec)))
d = {'a': 1}
d['self'] = d
print(mask(pprint.pformat(d)))
print(mask(pprint.saferepr(rec)), pprint.isrecursive(rec), pprint.isreadable(data), pprint.isreadable([1, 2]))
pprint.pprint({'mixed': {1: 'a', 'b': 2, None: 3, 2.5: 4}})
pprint.pprint([{1, 'a', None, 2.5}] * 3, width=20)
pprint.pprint('short')
pprint.pprint('a long string without any spaces at all ' * 5 + 'x' * 100)
pprint.pprint(10 ** 40, underscore_numbers=True)
pprint.pprint([10 ** 20] * 5, underscore_numbers=True, width=30)
print(pprint.pformat({'k': [1, 2, 3]}, width=1))
