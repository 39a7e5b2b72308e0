# Set mixins: operators take any iterable (NotImplemented otherwise), comparisons only Sets, _hash is frozenset's
from collections.abc import Set, MutableSet
class S(Set):
    def __init__(self, it=()): self._l = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._l
    def __iter__(self): return iter(self._l)
    def __len__(self): return len(self._l)
    def __repr__(self): return "S(%r)" % self._l
a, b = S([1, 2, 3]), S([3, 4])
for expr in ["a & [1, 9]", "[1, 9] & a", "[1, 9] | a", "a - [1]", "[1, 5] - a", "a ^ [1, 7]", "[1, 7] ^ a",
             "a & 5", "5 - a", "a ^ 5", "a < [1]", "a <= 5", "a == [1, 2, 3]", "a != [1, 2, 3]", "a == {3, 2, 1}",
             "a > S([1])", "a >= S([1, 2, 3])", "a > S([1, 2, 3])", "a.isdisjoint([4, 5])", "{}.keys() | a",
             "a._hash() == hash(frozenset([1, 2, 3]))", "S(['x', (1, 2), None])._hash() == hash(frozenset(['x', (1, 2), None]))",
             "S()._hash() == hash(frozenset())", "hash(a)", "S([[1]])._hash()", "S.__hash__"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
class MS(MutableSet):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(list(self._s))
    def __len__(self): return len(self._s)
    def add(self, x):
        if x not in self._s: self._s.append(x)
    def discard(self, x):
        if x in self._s: self._s.remove(x)
    def __repr__(self): return "MS(%r)" % self._s
m = MS([1, 2, 3])
m |= [4]; print(m); m &= [1, 2, 4, 9]; print(m); m ^= [1, 10]; print(m); m -= [2]; print(m)
m ^= m; print(m); m = MS([5]); m -= m; print(m); m = MS([1, 2]); print(m.pop(), m); m.clear(); print(m)
for f in (m.pop, lambda: m.remove(1)):
    try:
        f()
    except KeyError as e:
        print("KeyError", repr(e), e.__suppress_context__)
