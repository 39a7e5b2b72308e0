# slots with __del__, type(), metaclasses, descriptors replaced or deleted on the class, a
# '__dict__' slot set through object.__setattr__, frozen dataclasses with slots=True copied,
# slotted bases mixed with plain ones
class D:
    __slots__ = ('n',)
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
d = D(1); del d
print('---')
X = type('X', (), {'__slots__': ('a',)})
x = X(); x.a = 3; print(x.a, X.a, hasattr(x, '__dict__'))
try:
    class M(type): __slots__ = ('a',)
except TypeError as e: print(e)
class M2(type): __slots__ = ()
class C:
    __slots__ = ('a', 'b')
c = C(); c.a = 1; c.b = 2
C.a = 5
print(c.a)
try: c.a = 6
except AttributeError as e: print(e)
del C.b
try: print(c.b)
except AttributeError as e: print(e)
class W:
    __slots__ = ('v', '__dict__')
w = W()
object.__setattr__(w, '__dict__', {'k': 1})
print(w.k, w.__dict__)
try: w.__dict__ = 5
except TypeError as e: print(e)
class Q:
    __slots__ = ('v',)
    def __repr__(self): return f'Q({self.v!r})'
q = Q(); q.v = q
print(repr(Q.v), Q.v.__get__(q) is q)
import dataclasses
@dataclasses.dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
print(f, F.__slots__, type(F.a).__name__, hasattr(f, '__dict__'))
try: f.a = 3
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
import copy
print(copy.deepcopy(f), f == copy.copy(f))
class Base:
    __slots__ = ('x',)
class Mixin:
    pass
class Both(Base, Mixin): pass
b = Both(); b.x = 1; b.y = 2; print(b.x, b.__dict__)
class Deep(Both):
    __slots__ = ('z',)
dd = Deep(); dd.z = 3; dd.x = 4; dd.q = 5
print(dd.z, dd.x, dd.__dict__, list(Deep.__dict__))
