import reprlib
from collections import deque

for v in [list(range(100)), tuple(range(3)), (1,), set(range(20)), frozenset('abcdefghij'), {i: str(i) for i in range(10)}, 'x' * 100, 'short',
          10 ** 100, deque(range(10)), [[[[[[[1]]]]]]], {'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}, object, 3.14, None, set(), frozenset(), {}, []]:
    print(reprlib.repr(v))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children


n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
