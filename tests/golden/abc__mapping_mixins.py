# Mapping / MutableMapping mixin methods for user subclasses
from collections.abc import Mapping, MutableMapping, Set, KeysView
class MyMap(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m)
print(list(m.keys()), list(m.values()), list(m.items()))
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, type(m.items()).__name__, isinstance(m.keys(), Set))
print(sorted(m.keys() & {'a', 'q'}), ('a', 1) in m.items(), 2 in m.values(), isinstance(m.keys(), KeysView))
class MyMut(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MyMut()
mm.update({'x': 1}, y=2)
mm.update([('z', 3)])
print(dict(mm), mm.setdefault('x', 9), mm.setdefault('w', 7), mm.pop('w'), mm.pop('nope', 'dflt'))
print(mm.popitem(), dict(mm))
try:
    mm.pop('nope')
except KeyError as e:
    print("KeyError", e)
mm.clear()
print(dict(mm), len(mm), isinstance(mm, Mapping))
