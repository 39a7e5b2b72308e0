import math
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __abs__(self): return math.sqrt(sum(x * x for x in self.c))
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    __hash__ = object.__hash__
    def __getitem__(self, i): return self.c[i]
    def __reversed__(self): return iter(self.c[::-1])
    def __round__(self, n=0): return Vec(*(round(x, n) for x in self.c))
v = Vec(3, 4)
print(abs(v), len(v), list(v), v[0], v[-1], v[::-1], list(reversed(v)), round(Vec(1.26, 2.5), 1))
a, b = v
print(a, b, [*v], {*v}, dict(zip(v, v)), sum(v), max(v), sorted(v, reverse=True))
print(v == Vec(3, 4), v != Vec(3, 4), v == (3, 4), hash(v) == hash(v))
class Dyn:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Dyn()))
class Sized:
    def __len__(self): return 3
print(len(Sized()), bool(Sized()), list(map(str, "ab")))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(2), Cmp(1)]), min(Cmp(5), Cmp(3)), Cmp(1) in [Cmp(1)], [Cmp(2)].index(Cmp(2)), [Cmp(1), Cmp(1)].count(Cmp(1)))
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(2))
class Neg:
    def __bool__(self): return False
print(not Neg(), Neg() or "x", [x for x in [Neg()] if x])
class S(str):
    def __str__(self): return "custom str"
    def __repr__(self): return "custom repr"
s = S("raw")
print(s, str(s), repr(s), f"{s}", "%s" % s, [s], s + "!", s.upper(), len(s))
class I(int):
    def __repr__(self): return "I!"
    def __str__(self): return "I-str"
i = I(5)
print(i, repr(i), f"{i}", "%d" % i, i + 1, type(i + 1).__name__, [i], str(i))
class F(float):
    pass
print(F(1.5) + 1, type(F(1.5)).__name__, F("2.5"), repr(F(1.0)))
