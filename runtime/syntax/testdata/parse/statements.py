import a
import a.b.c
import a as b, c.d as e
from a import b
from a import b as c, d
from a import (b, c,)
from . import a
from .. import b
from .a import b
from ...a.b import c
from .... import d
from a import *
global g
nonlocal n
del a, b[0], c.d, (e, f), [g]
assert x
assert x, "msg"
raise
raise E
raise E from e
return
return 1
return 1, 2
return *a, b
pass; break; continue
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    pass
for x in y:
    continue
else:
    pass
for a, b in c: pass
for (a, b), *c in d: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a, b) as c: pass
with (yield): pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    """doc"""
    return a
def f(a, /, b, *, c): pass
def f(a=1, /, b=2): pass
def f(*args: int, **kw: str): pass
def f(a: int = 1, *, b: str = 'x'): pass
@dec
@dec.attr(1)
@a[0]
@(lambda f: f)
def f(): pass
async def f():
    await x
    async for a in b:
        pass
    async with a as b:
        pass
    [x async for x in y]
    [await x for x in y]
    yield
    yield x
    yield from x
    x = yield
    x = await y
class C: pass
class C(B): pass
class C(A, B, metaclass=M, **kw): pass
@dec
class C:
    x = 1
    def m(self): pass
if x: a = 1; b = 2
x = yield
lambda: (yield)
