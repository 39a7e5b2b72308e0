# MutableSequence mixins: append, extend, +=, reverse, pop, remove, clear
from collections.abc import MutableSequence
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = MyList()
ml.append(1)
ml.extend([2, 3])
ml += [4]
ml.reverse()
print(ml._l, ml.pop(), ml.pop(0), ml._l)
ml.remove(2)
print(ml._l)
ml.clear()
print(ml._l)
try:
    ml.pop()
except IndexError as e:
    print("IndexError", e)
