# Generates math_cases.txt with python3.11: function, args, result.
import math, struct, random
random.seed(7)
def bits(f): return '%016x' % struct.unpack('<Q', struct.pack('<d', f))[0]
def enc(v):
    if isinstance(v, bool): return 'b:' + str(v)
    if isinstance(v, int): return 'i:' + str(v)
    if isinstance(v, float): return 'f:' + bits(v)
    if isinstance(v, list): return 'l:' + ';'.join(enc(x) for x in v)
    raise Exception(v)
def res(v):
    if isinstance(v, tuple): return '(' + ', '.join(res(x) for x in v) + ')'
    if isinstance(v, bool): return repr(v)
    if isinstance(v, int): return 'int:' + str(v)
    if isinstance(v, float): return 'float:' + repr(v)
    raise Exception(v)
out = open('math_cases.txt', 'w')
def case(name, *args):
    try: r = res(getattr(math, name)(*args))
    except Exception as e: r = 'ERR:%s:%s' % (type(e).__name__, e)
    out.write('%s\t%s\t%s\n' % (name, ' '.join(enc(a) for a in args), r))
special = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e-300, 1e300, math.inf, -math.inf, math.nan, 3.0, -2.5, 100.0, 0.1, 709.0, 710.0, -745.0, 1e-5]
rand = [random.uniform(-10, 10) for _ in range(40)] + [random.uniform(0, 1000) for _ in range(40)] + [10 ** random.uniform(-20, 20) for _ in range(40)]
for name in ['sqrt','exp','log','log2','log10','log1p','fabs','floor','ceil','trunc','isfinite','isinf','isnan','frexp','modf','ulp','degrees','radians','exp2','cbrt','expm1','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','erf','erfc','gamma','lgamma']:
    for x in special + rand:
        case(name, x)
for x in [0, 1, 5, 10, 20, 100, -1, 2**70]:
    case('factorial', x); case('isqrt', x); case('log', x); case('log2', x); case('log10', x); case('sqrt', x)
case('log', 10**400); case('log10', 10**400); case('log2', 2**5000)
for a, b in [(12, 18), (0, 0), (-4, 6), (2**70, 2**35)]:
    case('gcd', a, b); case('lcm', a, b)
case('gcd'); case('gcd', 12, 18, 27); case('lcm', 2, 3, 4)
for n, k in [(5, 2), (10, 0), (3, 5), (50, 25), (-1, 2), (5, -1)]:
    case('comb', n, k); case('perm', n, k)
case('perm', 5)
for x, y in [(2.0, 0.5), (2.0, 10.0), (10.0, -2.0), (0.0, -1.0), (-8.0, 1/3), (10.0, 400.0), (1.0, math.nan), (math.nan, 0.0), (2.0, -1074.0), (-2.0, 3.0), (1.5, 2.5), (9.0, 0.5)] + [(random.uniform(0, 10), random.uniform(-5, 5)) for _ in range(40)]:
    case('pow', x, y); case('atan2', x, y); case('fmod', x, y); case('remainder', x, y); case('copysign', x, y); case('hypot', x, y); case('nextafter', x, y); case('log', x, y)
    case('isclose', x, y)
case('hypot', 3.0, 4.0, 12.0); case('hypot'); case('hypot', 1e300, 1e300); case('dist', [1.0, 2.0], [4.0, 6.0])
case('ldexp', 1.0, 1024); case('ldexp', 1.5, -3); case('ldexp', 1.0, -1075)
case('fsum', [0.1]*10); case('fsum', [1e100, 1.0, -1e100, 1e-100]); case('fsum', []); case('fsum', [math.inf, -math.inf]); case('fsum', [1e308, 1e308]); case('fsum', [random.uniform(-1e10, 1e10) for _ in range(100)])
case('prod', [1, 2, 3, 4]); case('prod', [0.5, 4, 3])
out.close()
