import os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))
import math, struct, operator
def bits(f): return '%016x' % struct.unpack('<Q', struct.pack('<d', f))[0]
def enc(v):
    if isinstance(v, bool): return 'b:' + str(v)
    if isinstance(v, int): return 'i:' + str(v)
    if isinstance(v, float): return 'f:' + bits(v)
    if isinstance(v, complex): return 'c:' + bits(v.real) + ',' + bits(v.imag)
    raise Exception(v)
def res(v):
    if isinstance(v, tuple): return '(' + ', '.join(res(x) for x in v) + ')'
    if isinstance(v, bool): return 'bool:' + repr(v)
    if isinstance(v, int): return 'int:' + repr(v)
    if isinstance(v, float): return 'float:' + repr(v)
    if isinstance(v, complex): return 'complex:' + repr(v)
    raise Exception(v)
ints = [0,1,-1,2,3,-3,7,-7,10,13,-100,2**31,2**53+1,2**62,2**63-1,-2**63,2**63,2**64+1,-(2**70)+5,10**20,-10**25, True, False]
floats = [0.0,-0.0,1.5,-2.5,0.1,3.0,-7.0,1e300,-1e-300,math.inf,-math.inf,math.nan, 2.0**63, 9007199254740993.0]
cplx = [1+2j, -0.5j, 0j]
vals = ints + floats + cplx
ops = {'+':operator.add,'-':operator.sub,'*':operator.mul,'/':operator.truediv,'//':operator.floordiv,'%':operator.mod,'**':operator.pow,'<<':operator.lshift,'>>':operator.rshift,'&':operator.and_,'|':operator.or_,'^':operator.xor,'divmod':divmod,
       '<':operator.lt,'<=':operator.le,'==':operator.eq,'!=':operator.ne,'>':operator.gt,'>=':operator.ge}
out = open(_here + '/num_arith.txt', 'w')
for a in vals:
    for b in vals:
        for name, fn in ops.items():
            if name == '**' and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 100 and isinstance(a, int) and abs(a) > 1: continue
            if name == '**' and isinstance(a, int) and abs(a) > 2**40 and isinstance(b, int) and b > 10: continue
            if name == '<<' and isinstance(b, int) and b > 1000: continue
            try: r = res(fn(a, b))
            except Exception as e: r = 'ERR:%s:%s' % (type(e).__name__, e)
            out.write('%s\t%s\t%s\t%s\n' % (enc(a), name, enc(b), r))
for a in vals:
    for name, fn in {'neg':operator.neg,'pos':operator.pos,'invert':operator.invert,'abs':abs,'hash':hash}.items():
        try: r = res(fn(a))
        except Exception as e: r = 'ERR:%s:%s' % (type(e).__name__, e)
        if name == 'hash' and isinstance(a, float) and math.isnan(a): continue
        out.write('%s\t%s\t%s\t%s\n' % (enc(a), name, 'i:0', r))
for a in [3, -3, 2**70, 10, 0]:
    for b in [5, -1, 0, 2**65, -2]:
        for m in [7, -7, 1, 0, 2**64+13, 10]:
            try: r = res(pow(a, b, m))
            except Exception as e: r = 'ERR:%s:%s' % (type(e).__name__, e)
            out.write('%s\tpow3\t%s|%s\t%s\n' % (enc(a), enc(b), enc(m), r))
out.close()
