import os as _os
_here = _os.path.dirname(_os.path.abspath(__file__))
out = open(_here + '/num_misc.txt', 'w')
def enc(s): return s.encode('unicode_escape').decode()
def w(kind, a, b, r): out.write('%s\t%s\t%s\t%s\n' % (kind, enc(a), enc(b), enc(r)))
def run(f):
    try: return 'OK:' + f()
    except Exception as e: return 'ERR:%s:%s' % (type(e).__name__, e)
ints = ['0','1','-1','  12  ','0x1f','0X1F','0o17','0b101','-0b101','0_1','010','00','1__0','_1','1_','0x_1f','١٢','+ 1','z','9','12\x00','1'*30,'-'+'9'*25,'', ' ','0x','1_000_000','+7','ZZ','10', '1'*4301, '\u00a012\u2003']
for s in ints:
    for base in [10, 0, 16, 8, 2, 36]:
        w('int', s, str(base), run(lambda: str(int(s, base))))
floats = ['1_000.5',' 1.5 ','inf','-Infinity','nAn','-nan','1e5','1_e5','.5','5.','1.5e','x','0x10','1__0','+-1','  ','1e500','-1e-500','1.5j','1E-3','-.5e+3','0.1','123456789012345678901234567890','4.9e-324','2.4703282292062328e-324','1.7976931348623159e308','infinity','+inf','in f','1e','e5','.','-.','1.2.3','1_2_3.4_5e1_0']
for s in floats:
    w('float', s, '', run(lambda: repr(float(s))))
for x in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, float('inf'), -0.0, 123.456, 2.0**60]:
    w('hex', repr(x), '', run(lambda: x.hex()))
    w('ratio', repr(x), '', run(lambda: repr(x.as_integer_ratio())))
for s in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '0x1p1024', 'inf', '1.5', '0x.8', '0x1.', 'x', '0x1p', '  0x10  ', '0x1.0000000000000801p0', '0x1.00000000000008p0']:
    w('fromhex', s, '', run(lambda: repr(float.fromhex(s))))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 1234.5678, -1234.5678, 1e20, 2.675, 1e-20, 5e-324, 1.7976931348623157e308, 123456789.0, 0.285, 1.005]:
    for nd in [None, 0, 1, 2, 3, -1, -2, -3, -20, 10, 400, -400]:
        if nd is None: w('round', repr(x), 'None', run(lambda: repr(round(x))))
        else: w('round', repr(x), str(nd), run(lambda: repr(round(x, nd))))
for x in [0, 5, 15, 25, -25, 35, 1234567, -1234567, 10**30 + 5*10**10, 12345]:
    for nd in [0, 1, -1, -2, -3, -10, -40]:
        w('iround', str(x), str(nd), run(lambda: repr(round(x, nd))))
for x in [0, 1, -1, 2**61-1, 2**61, 2**61-2, -(2**61), 2**63, -2**63, 2**100, -2**100, 10**30, 2**64 + 7, -(2**120)+3]:
    w('ihash', str(x), '', run(lambda: str(hash(x))))
    w('ihex', str(x), '', run(lambda: hex(x) + ' ' + oct(x) + ' ' + bin(x)))
    w('bitlen', str(x), '', run(lambda: '%d %d' % (x.bit_length(), x.bit_count())))
for c in [1+2j, -1.5-0.5j, complex(0.1, 1e300), complex(float('inf'), -2)]:
    w('chash', repr(c), '', run(lambda: str(hash(c))))
out.close()
