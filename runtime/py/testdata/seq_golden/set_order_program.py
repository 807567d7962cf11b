# Iteration order of int and tuple sets built in many ways (BUILD_SET,
# comprehensions, set(), in-place operators, pop) must match CPython.
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % (2**31)
    return x % n
for trial in range(80):
    n = rnd(40)
    span = [10, 100, 1000, 2**40, 2**62][rnd(5)]
    a = [rnd(span) - (span // 3 if trial % 2 else 0) for _ in range(n)]
    b = [rnd(span) for _ in range(rnd(20))] + a[: rnd(5)]
    s1 = {*a}
    s2 = set(b)
    s3 = {v for v in a}
    s4 = set(range(rnd(50)))
    d = dict.fromkeys(a)
    s5 = set(d)
    s6 = set(s1); s6 -= set(b); s6 |= {1, 2, 3}; s6 ^= {2, 99}
    s7 = frozenset(a) & frozenset(b)
    t = {(v % 5, v % 3) for v in a}
    print(s1, s2 == s3, s3, s4, s5, s6, s7, s1 - s2, s1 | s2, s1 ^ s2, t)
    for _ in range(rnd(4)):
        if s1:
            s1.pop()
    s1.discard(a[0] if a else 0)
    s1.add(7)
    print(s1, sorted(s1) == sorted(list(s1)), len(s1))
