# object.__getstate__ (3.11): the instance __dict__ (None when empty) paired with the set
# slots, names from copyreg._slotnames cached as __slotnames__
class P: pass
p=P(); print(p.__getstate__()); p.a=1; print(p.__getstate__(), p.__getstate__() is p.__dict__)
class S:
    __slots__=('a','b')
s=S(); print(s.__getstate__()); s.b=2; print(s.__getstate__())
class T(S): __slots__=('c',)
t=T(); t.c=3; t.a=1; print(t.__getstate__(), T.__slotnames__)
print(object.__getstate__(5), (5).__getstate__())
class L(list): __slots__=('x',)
l=L(); print(l.__getstate__())
l.x=1; print(l.__getstate__())
class W: __slots__=('__dict__','z', '__weakref__', '__p')
w=W(); w._W__p=1; print(w.__getstate__())
w.q = 5; print(w.__getstate__())
class I(int): pass
print(I(3).__getstate__())
class Q(tuple): pass
print(Q().__getstate__())
class G:
    __slots__ = ('a',)
    def __getattr__(self, n): return 'fb'
print(G().__getstate__())
try: object.__getstate__()
except TypeError as e: print(e)
try: p.__getstate__(1)
except TypeError as e: print(e)
import copy
t2 = copy.copy(t); print(t2.c, t2.a, hasattr(t2, 'b'))
