# Random list slice assignment/deletion, methods and dict churn, compared
# with CPython (errors included).
x = 99
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % (2**31)
    return x % n
for trial in range(150):
    l = [rnd(20) for _ in range(rnd(12))]
    op = rnd(12)
    i, j, k = rnd(30) - 15, rnd(30) - 15, [None, 1, 2, -1, -2, 3][rnd(6)]
    try:
        if op == 0: l[i:j:k] = [rnd(9) for _ in range(rnd(6))]
        elif op == 1: del l[i:j:k]
        elif op == 2: l.insert(i, 'x')
        elif op == 3: print(l.pop(i) if l else l.pop())
        elif op == 4: l.remove(rnd(20))
        elif op == 5: print(l.index(rnd(20), i, j))
        elif op == 6: print(l[i:j:k], l[::k] if k else l)
        elif op == 7: l.sort(reverse=bool(rnd(2)))
        elif op == 8: l *= rnd(3)
        elif op == 9: l[i] = 'y'
        elif op == 10: l.extend(range(rnd(4)))
        else: print(l.count(rnd(20)), sorted(l, key=lambda v: -v), min(l, default=None), sum(l))
    except Exception as e:
        print(type(e).__name__, e)
    print(l)
    d = {}
    for _ in range(rnd(30)):
        key = rnd(15)
        if rnd(3) == 0:
            d.pop(key, None)
        else:
            d[key] = rnd(100)
    if d and rnd(2):
        print(d.popitem())
    d2 = {k: v for k, v in d.items() if v % 2}
    print(d, d2, d | d2, list(reversed(d)), d == dict(d2, **{}), sorted(d.items())[:3], d.keys() - d2.keys())
