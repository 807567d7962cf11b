import statistics as st
import random


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


datasets = [
    [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [1, 2.5, 3], [10], [True, False, True], [1e300, 1e300, -1e300, 3.0],
    [0.1, 0.2, 0.3, 0.4], [1.1, 2.2, 3.3], [-5, 7, 100, 2, 2], [3, 3, 3], [1, 1, 2, 3, 3],
]
rng = random.Random(12345)
for k in range(30):
    datasets.append([rng.uniform(-100, 100) for _ in range(rng.randint(2, 40))])
    datasets.append([rng.randint(-1000, 1000) for _ in range(rng.randint(2, 40))])
    datasets.append([round(rng.gauss(50, 10), 2) for _ in range(rng.randint(2, 40))])
for d in datasets:
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
                 'variance', 'pvariance', 'stdev', 'pstdev', 'geometric_mean', 'harmonic_mean']:
        t(lambda: (name, getattr(st, name)(d)))
    t(lambda: st.quantiles(d))
    t(lambda: st.quantiles(d, n=10, method='inclusive'))
    t(lambda: st.variance(d, st.mean(d)))
    t(lambda: st.pstdev(d, 0))
t(lambda: st.mean([]))
t(lambda: st.stdev([1]))
t(lambda: st.pvariance([]))
t(lambda: st.median([]))
t(lambda: st.mode([]))
t(lambda: st.mode(['a', 'b', 'b', 'c']))
t(lambda: st.multimode('aabbbbccddddeeffffgg'))
t(lambda: st.harmonic_mean([40, 60]))
t(lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
t(lambda: st.harmonic_mean([-1, 2]))
t(lambda: st.harmonic_mean([0, 2]))
t(lambda: st.geometric_mean([54, 24, 36]))
t(lambda: st.geometric_mean([0, 1]))
t(lambda: st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
t(lambda: st.mean([1, 'a']))
t(lambda: st.mean(x for x in [1, 2, 3, 4.5]))
t(lambda: st.mean([float('inf'), 1]))
t(lambda: st.mean([float('nan'), 1]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
t(lambda: (st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True)))
t(lambda: st.correlation([1, 1], [1, 2]))
t(lambda: st.linear_regression([1, 1], [1, 2]))
t(lambda: st.covariance([1], [1]))
nd = st.NormalDist(100, 15)
t(lambda: (nd, nd.mean, nd.stdev, nd.variance, nd.pdf(110), nd.cdf(110), nd.zscore(130), nd + 5, nd * 2, nd - st.NormalDist(10, 20)))
t(lambda: st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
t(lambda: nd.overlap(st.NormalDist(110, 10)))
t(lambda: st.StatisticsError.__mro__)
