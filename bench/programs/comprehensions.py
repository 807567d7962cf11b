# Comprehensions: list, dict, set, nested and generator expressions.
def run(rounds):
    total = 0
    for r in range(rounds):
        squares = [i * i for i in range(1000)]
        evens = [x for x in squares if x % 2 == 0]
        table = {i: i % 7 for i in range(500)}
        kinds = {v for v in table.values()}
        pairs = [(a, b) for a in range(30) for b in range(a, 30) if (a + b) % 3 == 0]
        total += sum(x // 3 for x in evens) + len(kinds) + len(pairs) + r
    return total


print(run(2000))
