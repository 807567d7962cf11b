import operator as o


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


t(lambda: o.itemgetter(1)); t(lambda: o.itemgetter(1, 'a')); t(lambda: o.attrgetter('a.b', 'c')); t(lambda: o.methodcaller('f', 1, k=2))
t(lambda: o.itemgetter()); t(lambda: o.attrgetter()); t(lambda: o.attrgetter(1)); t(lambda: o.methodcaller())
t(lambda: o.index(1.5)); t(lambda: o.concat(1, 2)); t(lambda: o.concat([1], (2,))); t(lambda: o.indexOf([1], 2)); t(lambda: o.length_hint(5)); t(lambda: o.length_hint(iter([1, 2])))
t(lambda: o.length_hint([1], 'x')); t(lambda: o.iconcat([1], 5)); t(lambda: o.countOf([1, 1, 2], 1)); t(lambda: o.call(max, 1, 2))
t(lambda: o.attrgetter('x')(5)); t(lambda: o.methodcaller(5))
t(lambda: o.index(True)); t(lambda: o.index(7))
t(lambda: (o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(1, 4), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.neg(3), o.pos(-2), o.abs(-4), o.inv(5), o.invert(0),
           o.lshift(1, 4), o.rshift(32, 2), o.and_(6, 3), o.or_(4, 1), o.xor(7, 2), o.not_(0), o.truth([]), o.is_(None, None), o.is_not(1, None),
           o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.ge(3, 2), o.gt(1, 2), o.contains([1, 2], 2), o.getitem('abc', 1), o.indexOf('abc', 'c')))
lst = [1, 2, 3]
o.setitem(lst, 0, 9)
o.delitem(lst, 1)
print(lst, o.iadd(lst, [4]), lst, o.iadd(1, 2), o.imul([0], 3))
data = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print(sorted(data, key=o.itemgetter('v', 'n')), list(map(o.itemgetter(0), ['ab', 'cd'])))


class A:
    class B:
        c = 5
    d = 'x'


print(o.attrgetter('B.c', 'd')(A), o.attrgetter('B.c')(A), o.methodcaller('upper')('abc'), o.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(o.__add__ is o.add, o.length_hint(range(7)))
