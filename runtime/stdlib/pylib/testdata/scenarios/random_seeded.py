import random
import warnings
warnings.simplefilter('ignore')


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


for seed in [0, 1, 42, 2024, -7, 2**80 + 3, 'hello', b'bytes', bytearray(b'ba'), 3.25, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 6), random.randrange(10, 1000, 7), random.getrandbits(70))
random.seed(123)
print([random.randint(-5, 5) for _ in range(20)])
print([random.randrange(100) for _ in range(10)], random.randrange(0, 2**70), random.randrange(-10, 10, 3), random.randrange(10, -10, -3))
print(random.choice('abcdef'), random.choice(range(10**6)), random.choice([[1], [2]]))
deck = list(range(30))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample(range(10**6), 5), random.sample('abcdefgh', 8), random.sample(range(40), 30), random.sample(range(400), 30))
print(random.sample(['red', 'blue'], k=5, counts=[4, 2]))
print(random.choices('abc', k=10), random.choices([1, 2, 3], weights=[10, 1, 1], k=8), random.choices('xy', cum_weights=[1, 5], k=6), random.choices(range(5)))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0), random.gammavariate(2.5, 1), random.gammavariate(1, 2), random.gammavariate(0.5, 1))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(10))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, st[0], len(st[1]), st[2])
r1 = random.Random(99)
r2 = random.Random()
r2.seed(99)
print(r1.random() == r2.random(), r1.randint(0, 10**30), r2.choices([1, 2], [1, 3], k=4))
r3 = random.Random('seed text')
print(r3.random(), r3.getrandbits(1), r3.getrandbits(0), r3.getrandbits(200))
r4 = random.Random(5)
r4.seed('abc', version=1)
print(r4.random())
r4.seed(b'abc', version=1)
print(r4.random())


class MyRandom(random.Random):
    def random(self):
        return 0.25


mr = MyRandom(1)
print(mr.randrange(100), mr.choice('abcd'), mr.randint(1, 4), mr.random())
t(lambda: random.randrange(0))
t(lambda: random.randrange(5, 2))
t(lambda: random.randrange(1, 10, 0))
t(lambda: random.randrange(10, 1, 2))
t(lambda: random.randrange(1.5))
t(lambda: random.randrange(2.0))
t(lambda: random.randrange(1, stop=None, step=2))
t(lambda: random.choice([]))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.sample([1], 2))
t(lambda: random.choices([1, 2], 5))
t(lambda: random.choices([1], [1, 2]))
t(lambda: random.choices([1], [0]))
t(lambda: random.choices([1], [1], cum_weights=[1]))
t(lambda: random.gammavariate(0, 1))
t(lambda: random.seed((1,)))
t(lambda: random.setstate((9, 1, 2)))
t(lambda: random.randint(1, 0))
t(lambda: random.randrange('a'))
t(lambda: random.sample([1, 2], 1, counts=[1]))
t(lambda: random.choices([], k=1))
random.seed(7)
print([round(random.random(), 10) for _ in range(5)])
