import json
def t(f):
    try: r = f(); print("OK", repr(r))
    except BaseException as e: print(type(e).__name__ + ":", e, getattr(e, 'pos', None))
for s in ['', ' ', 'x', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}', '[', '[1', '[1,', '[1,]', '[1 2]', '"abc', '"a\\', '"a\\x"', '"a\\u12"', '"a\\u12g4"', '"a\nb"', '"a\tb"', '1 2', '01', '-', '-a', '1.', '1.e5', '1e', '1e+', '.5', 'nul', 'tru', 'NaN', '-Infinity', 'Infinity', '[1, 2]\n  x', '{"a": [1, {"b": }]}', '\ufeff1', '  \n\n {"a":\n tru}', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '1E400', '-0', '-0.0', '123456789012345678901234567890', '[-]', '{"a":1 "b":2}', '{"a":1,"b":2,}', '"\x7f\u00e9"', '[1,\n2,\n', '{"":""}', '{"a":1}x', '[]   ', '{}', '{ }', '[ ]', ' [ 1 , 2 ] ', '"\\/"', '1.5e-3', '2E+2']:
    t(lambda: json.loads(s))
t(lambda: json.loads(5)); t(lambda: json.loads(b'[1]')); t(lambda: json.loads('{"a":1, "a":2}')); t(lambda: json.loads('"x\ty"', strict=False))
t(lambda: json.loads('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x)*2)); t(lambda: json.loads('{"a":{"b":1}}', object_hook=lambda d: sorted(d.items())))
t(lambda: json.loads('[NaN]', parse_constant=str)); t(lambda: json.loads('{"b":1,"a":2}', object_pairs_hook=list))
t(lambda: json.dumps(float('nan'), allow_nan=False)); t(lambda: json.dumps([float('inf')], allow_nan=False, indent=1)); t(lambda: json.dumps({1.5: 2}, allow_nan=False))
t(lambda: json.dumps({float('inf'): 1})); t(lambda: json.dumps({(1,2): 1})); t(lambda: json.dumps({(1,2): 1}, skipkeys=True)); t(lambda: json.dumps({True: 1, None: 2, 1.5: 3, 2: 4}))
a = []; a.append(a)
t(lambda: json.dumps(a)); d = {}; d['x'] = d
t(lambda: json.dumps(d, indent=2)); t(lambda: json.dumps(a, check_circular=False))
t(lambda: json.dumps({1, 2})); t(lambda: json.dumps(b'x'))
t(lambda: json.dumps("é\u2028\U0001F600\x00\x1f\x7f\"\\/\b\f\n\r\t"))
t(lambda: json.dumps("é\u2028\U0001F600\x00\x1f\x7f\"\\/\b\f\n\r\t", ensure_ascii=False))
t(lambda: json.dumps({'b': [1, 2.5, None, True], 'a': {'x': []}, 'c': {}}, indent=4, sort_keys=True))
t(lambda: json.dumps([1, [2, []], {}], indent=0)); t(lambda: json.dumps([1, {'a': 2}], indent='\t')); t(lambda: json.dumps([1, {'a': 2}], separators=(',', ':')))
t(lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True))
t(lambda: json.dumps([1e100, 1.0, -0.0, 0.1, 1/3, 10**20, -5]))
from enum import IntEnum
class N(IntEnum):
    A = 1
t(lambda: json.dumps({N.A: N.A, 'f': 1.5}))
t(lambda: json.dumps(object(), default=lambda o: 'obj'))
t(lambda: json.dumps((1, 2)))
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
t(lambda: json.dumps({'s': {3, 1}}, cls=MyEnc)); t(lambda: json.dumps({'s': object()}, cls=MyEnc))
t(lambda: list(json.JSONEncoder(indent=2).iterencode({'a': [1]})))
t(lambda: json.JSONDecodeError('msg', 'ab\ncd', 4).__dict__)
t(lambda: json.dumps("plain"))
import collections
t(lambda: json.dumps(collections.OrderedDict(b=1, a=2)))
t(lambda: json.dumps({'a': 1}, indent=2, separators=(',', ': ')))
import io
buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}]}, buf, indent=2)
print(buf.getvalue())
buf = io.StringIO('{"x": [1, 2.5e3, "s\\u00e9"]}')
print(json.load(buf))
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError, JSONDecodeError.__module__, JSONDecodeError.__mro__[1])
data = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "stock": None, "ok": True, "nested": {"k": [1, [2, [3]]]}}
s = json.dumps(data)
print(s, json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps("日本語", ensure_ascii=False), json.dumps("日本語"))
print(json.loads('"\\u65e5\\u672c"'), json.loads(' [ ] '), repr(json.loads('1.0')), repr(json.loads('-12')), json.loads('1e3'))
try:
    json.loads('{"a": 1,, }')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, str(e))
