# A 3,000,000-iteration integer loop: the dispatch loop and small-int
# arithmetic, nothing else.
def loop(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total


print(loop(3_000_000))
