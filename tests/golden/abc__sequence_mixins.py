# Sequence mixin methods for a user subclass
from collections.abc import Sequence, Reversible, Collection, MutableSequence
class MySeq(Sequence):
    def __init__(self, *items): self._items = list(items)
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = MySeq(3, 1, 4, 1, 5)
print(s.index(1), s.index(1, 2), s.index(5, -2), s.count(1), 4 in s, 9 in s)
print(list(reversed(s)), list(s), len(s), list(iter(s)))
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, MutableSequence))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", e)
