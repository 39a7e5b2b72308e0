# Set / MutableSet mixin operators for user subclasses
from collections.abc import Set, MutableSet
class MySet(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def __repr__(self): return f"MySet({self._s})"
a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b)
print(a <= b, a < MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7]), a >= MySet([1]))
print(a & {2}, {2, 9} & a, a._hash() == MySet([3, 2, 1])._hash())
class MyMutSet(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
ms = MyMutSet([1, 2])
ms |= {5}
ms -= {1}
print(sorted(ms), ms.pop(), sorted(ms))
ms.remove(5)
try:
    ms.remove(42)
except KeyError as e:
    print("KeyError", e)
