x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m ** -2 ** 3
y = a << 1 >> 2 & 3 | 4 ^ 5
z = not a and b or c and not not d
c = a < b <= c > d >= e == f != g in h not in i is j is not k
t = a if b else c if d else e
l = lambda: 0
l2 = lambda a, b=1, *c, d, e=2, **f: a + b
l3 = lambda *, k: k
l4 = lambda a, /, b: a
u = -x, +x, ~x, not x
s = x[1], x[1:2], x[::2], x[1:2:3], x[:], x[a, b], x[1:2, ::3], x[*a], x[()]
calls = f(), f(a), f(a, b), f(*a), f(**k), f(a, *b, c=1, *d, **e), f(x for x in y)
attrs = a.b.c, a().b[c].d()
lit = None, True, False, ..., 1, 1.5, 1e10, 1j, 0x1F, 0o17, 0b101, 1_000_000, 0.5e-3, 1E5j
big = 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFF
flt = 1e16, 1e-5, 0.0001, 123456789.123, 1e308, 1e400, 3.14e-10, 2.5e15
strs = 'a', "b", '''c''', """d""", r'\n', b'bytes', rb'\x00', Rb"x", u'u', 'a' 'b', 'x' "y" '''z'''
esc = '\n\t\\\'\"\x41\u00e9\U0001F600\101\0\a\b\f\v\r', b'\x00\xff\n'
names = '\N{BULLET} \N{greek small letter alpha} \N{EM DASH}'
colls = [], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {1: 2, **d}, {1}, {1, 2, *s}, [*a, *b]
comps = [x for x in y], [x for x in y if x if z for w in x], {x for x in y}, {k: v for k, v in d.items()}, (x for x in y)
nested = [[y for y in x] for x in z]
walrus = (y := f(x)), [y := 1, y ** 2]
starred = *a, b = c
a, *b = c
[a, b] = c
(a, b), c = d
a = b = c = d
a.b = c[d] = 1
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
x: int
x: int = 1
(x): int = 1
a.b: str = 'c'
a[0]: list[int] = []
print(f'{x}', f'{x!r}', f'{x:>10}', f'{x!s:{w}.{p}}', f'{{}}', f'a{b}c{d}e', f'{x=}', f'{x = !s}', f'{x=:>4}')
print(f'{"nested"}', f"{'a' if b else 'c'}", f'{a["k"]}', f'''{
    x
}''', rf'\n{x}', 'plain' f'{x}' 'tail', f'', f'' '')
print(f'{3.14:.2f}', f'{x:{"<"}10}', f'{a!a}', f'{(lambda: 1)()}', f'{x,y}', f'{yield_ }')
chain = a.b(c)[d].e(*f, **g)
cond = (a
        if b
        else c)
paren = ((((1))))
implicit = ('abc'
            'def')
