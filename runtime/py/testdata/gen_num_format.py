import os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))
import random, struct, math, sys
random.seed(12345)
out = open(_here + '/num_float_repr.txt','w')
def bits(f): return struct.unpack('<Q', struct.pack('<d', f))[0]
vals = []
for _ in range(1500):
    b = random.getrandbits(64)
    f = struct.unpack('<d', struct.pack('<Q', b))[0]
    vals.append(f)
for _ in range(1500):
    f = random.uniform(-1, 1) * 10 ** random.randint(-30, 30)
    vals.append(f)
vals += [0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00011, 123456789012345678.0, 5e-324, 1.7976931348623157e308, 2.5, 1/3, -0.0, 0.0, float('inf'), float('-inf'), float('nan'), 1e22, 1e23, 100.0, 12345.678]
for f in vals:
    out.write('%016x %s %s %s\n' % (bits(f), repr(f), hash(f) if not math.isnan(f) else 0, round(f, 2) if math.isfinite(f) else 'skip'))
out.close()

# format table
fmt = open(_here + '/num_format.txt','w')
specs_num = ['', 'd', 'x', 'X', 'o', 'b', '#x', '#o', '#b', 'c', 'n', ',', '_', '_x', '+', ' ', '-', '>10', '<10', '^10', '=10', '010', '010,', '+010,', '*^12,', '.2f', '.0f', '.3e', '.10g', 'g', 'G', 'e', 'E', 'f', 'F', '%', '.1%', '#g', '#.0f', '#.0e', '.3', '.1', '.0', '.17', 'z.2f', '+.3g', '012.4f', '-^20.5e', ',.2f', '_.3f', '#10.3g', '0=15,.3f', 'x<+8.2f', ',d', '.5', '.25f', '30.20e', 'n', '#', '0', '00', '1', ',_', '5.2s', 'abc', '.', 'z']
ints = [0, 1, -1, 7, 42, -42, 255, 1000, 1234567, -1234567, 2**31, 2**63-1, -2**63, 2**64, -2**100, 10**30, 65, 0x10ffff]
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 0.125, 1/3, 2/3, 123.456, -123.456, 1e16, 1e15, 1e-4, 1e-5, 1234567.891, 1e100, 1e-100, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 9.995, 0.0005, 99.99999, 1e21, 12345678901234567890.0]
strs = ['', 'a', 'abc', 'hello world', 'é', '日本語']
cplx = [1+2j, -1.5-0.5j, 3j, -3j, complex(-0.0, 0), complex(0,-0.0), 1e20+1j, complex(float('inf'), float('nan')), 0j]
def enc_s(s): return s.encode('unicode_escape').decode()
for kind, vals in [('i', ints), ('f', floats), ('s', strs), ('c', cplx), ('b', [True, False])]:
    specs = specs_num if kind != 's' else ['', 's', '>5', '<5', '^6', '*^7', '.2', '10.1', '=5', '+', 'd', 'x', ',', '#', '0', '05', 'z', '#>5']
    for v in vals:
        for s in specs:
            try:
                r = 'OK:' + enc_s(format(v, s))
            except Exception as e:
                r = 'ERR:%s:%s' % (type(e).__name__, enc_s(str(e)))
            if kind == 'i' or kind == 'b': vs = str(int(v)) if kind=='i' else str(v)
            elif kind == 'f': vs = '%016x' % bits(v)
            elif kind == 'c': vs = '%016x,%016x' % (bits(v.real), bits(v.imag))
            else: vs = enc_s(v)
            fmt.write('%s\t%s\t%s\t%s\n' % (kind, vs, enc_s(s), r))
fmt.close()
