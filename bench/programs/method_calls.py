# Method calls on instances: attribute reads and writes, bound methods.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by


def run(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    c = Counter()
    total = 0
    for i in range(n):
        acc = acc.add(step)
        total += acc.dot(step) % 7
        c.bump(1)
        if i % 1000 == 0:
            acc.scale(0)
    return total, c.n, acc.x, acc.y


print(run(500_000))
