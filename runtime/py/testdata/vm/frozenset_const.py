# Set displays of constants in `in` tests and for loops compile to frozenset
# constants, hashed when the code object is built; None and ... included.
x = 2
print(x in {1, 2, 3}, 5 not in {1, 2, 3})
for y in sorted({"a", "b"}):
    print(y)
print(x in {1.5, "s", (1, 2), None, b"x", ...})
print(None in {1.5, "s", (1, 2), None, b"x", ...}, ... in {None, ...}, (1, None) in {(1, None), 3})
print(hash(None) == hash(None), {None: 1}[None], None in frozenset([None]))


def f(v):
    return v in {None, 2, "q", (None, ...), 2.5, -1}


print(f(None), f((None, ...)), f(3), f(2.0), f(-1), f("q"))
print(sorted(str(v) for v in {None, ..., 1}))
