import a
import a.b.c as d, e
from . import x
from .. import (x, y as z,)
from .a.b import *
from ...a import b
from .... import c
global g
a = b = c
a, b = c, d
[a, b] = c
a.b = c[d] = 1
a += 1
a.b -= 1
a[0] **= 2
x: int
x: int = 1
(x): int = 2
a.b: str
a[0]: int = 3
del a, b.c, d[0]
del (a, b)
del [a]
assert x
assert x, "msg"
pass; pass;
raise
raise E
raise E from c
def f(): pass
def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a
def f(a, /, b): return
def f(*, a): return a, b
def f(*args: *Ts): pass
async def f():
    await x
    async for a in b:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]
def g():
    yield
    yield x
    yield x, y
    x = yield
    x = yield from y
    nonlocal_ = 1
    return (yield)
@dec
@dec.attr(1)
@(lambda f: f)
class C(B, metaclass=M):
    x = 1
    def m(self): ...
class D: pass
class E(): pass
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
while x:
    break
else:
    continue
for x in y:
    pass
for x, y in z: pass
for x, in z: pass
for [a, *b] in c: pass
for x in *a, b: pass
with a: pass
with a as b: pass
with a as (b, c), d as e: pass
with (a, b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (a): pass
with (a) as b, c: pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except:
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
except* (F, G) as g:
    pass
x = 1; y = 2
a = *b, c
return_ = lambda: (yield)
