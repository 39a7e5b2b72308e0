from collections import ChainMap, UserDict, UserList
import collections
import collections.abc

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z', 0), len(cm), sorted(cm), list(cm), 'c' in cm, bool(ChainMap()))
cm['d'] = 4
print(over, dict(cm))
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], child.maps[0], repr(ChainMap()))
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('d'), cm | {'z': 26}, cm.copy() == cm)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

u = Lower({'A': 1}, B=2)
u['C'] = 3
print(u, len(u), u['a'], 'b' in u, u.get('zz'), list(u.items()), u.copy(), type(u.copy()).__name__)
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'], UserDict(x=1) | {'y': 2}, UserDict.fromkeys('ab', 0))
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)

ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); ul.extend(UserList([9]))
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [5], [7] + ul, ul * 2, len(ul), 9 in ul, ul == [0, 1, 2, 3, 9])
ul.reverse(); print(ul, ul.pop(), ul.index(2), ul.count(1), ul < [10], sorted(ul))
ul += (4,); print(ul, list(reversed(ul)))
print(ChainMap.fromkeys('ab', 1), isinstance(cm, collections.abc.MutableMapping))
