from collections import namedtuple
P=namedtuple('P','x y', defaults=[3])
p=P(1); print(p, p.x, p.y, p._asdict(), p._replace(x=5), P._make([1,2]), P._fields, P._field_defaults)
x,y=p; print(x,y,p[0], P, P.__doc__, P.__new__.__defaults__)
for f in [lambda: P(), lambda: P(1,2,3), lambda: P(1,z=2), lambda: setattr(p,'x',3), lambda: p._replace(z=1), lambda: P._make([1]),
          lambda: namedtuple('A', 'a a'), lambda: namedtuple('A', '_a'), lambda: namedtuple('A', 'def'), lambda: namedtuple('1A', 'a'), lambda: namedtuple('A', 'a', defaults=[1,2])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(namedtuple('R', 'a def _c a', rename=True)._fields)
Q = namedtuple('Q', ['one'])
print(Q(1), Q(one=2), Q(1) == (1,), isinstance(Q(1), tuple), hash(Q(1)) == hash((1,)))
E = namedtuple('E', '')
print(E(), E._fields)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self): return self.x ** 2 + self.y ** 2
print(Pt(3, 4).norm(), Pt(3, 4), Pt(1, 2)._replace(y=5))
match P(1, 2):
    case P(a, b): print('match', a, b)
print(P.x.__doc__, sorted([P(2, 1), P(1, 5)]), P(1, 2) + (3,), P(*range(2)))
import functools
ci = functools.lru_cache(maxsize=2)(lambda x: x).cache_info()
print(ci, ci.hits, type(ci).__name__)
