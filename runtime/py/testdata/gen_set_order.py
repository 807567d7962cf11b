# Generates set_order.txt: iteration orders of int sets as CPython 3.11
# produces them. Run with python3.11 (hash of ints is not randomised).
import random
random.seed(20261124)

def ints(n, lo, hi):
    return [random.randint(lo, hi) for _ in range(n)]

def fmt(xs):
    return " ".join(str(x) for x in xs)

lines = []
def case(op, a, b, result):
    lines.append(f"{op}|{fmt(a)}|{fmt(b)}|{fmt(list(result))}")

for i in range(120):
    n = random.choice([0, 1, 3, 5, 8, 12, 20, 40, 100])
    rng = random.choice([(0, 20), (-50, 50), (0, 1000), (-10**6, 10**6), (0, 2**62), (-2**63, 2**63 - 1), (2**61 - 10, 2**61 + 10)])
    a = ints(n, *rng)
    b = ints(random.choice([0, 2, 5, 10, 50]), *rng) + random.sample(a, min(len(a), 3))
    case("add", a, [], set(a))
    sa, sb = set(a), set(b)
    case("or", a, b, sa | sb)
    case("and", a, b, sa & sb)
    case("sub", a, b, sa - sb)
    case("xor", a, b, sa ^ sb)
    s = set(a)
    for x in b:
        s.discard(x)
    case("discard", a, b, s)
    s = set(a)
    for x in b:
        s.discard(x)
    for x in b[::2]:
        s.add(x)
    case("discard_add", a, b, s)
    s = set(a)
    popped = [s.pop() for _ in range(min(len(s), 3))]
    case("pop", a, [], popped + ["/"] + list(s))
    case("copy_update", a, b, (lambda s: (s.update(b), s)[1])(set(sa)))
    case("frozenset", a, [], frozenset(a))
    t = {(x % 7, x % 5) for x in a}
    lines.append(f"tuplehash|{fmt(a)}||{fmt(hash(x) for x in sorted(t))}")
    lines.append(f"fshash|{fmt(a)}||{hash(frozenset(a))}")

with open("set_order.txt", "w") as f:
    f.write("\n".join(lines) + "\n")
