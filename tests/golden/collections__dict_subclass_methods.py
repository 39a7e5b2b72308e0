from collections import OrderedDict, defaultdict

class D(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)

print(dict.fromkeys({'a': 1}), dict.fromkeys('ab', 0), {}.fromkeys([1]))
d = D.fromkeys('xy', 1)
print(d, type(d).__name__, D().fromkeys('z'))
o = OrderedDict(a=1)
print(dict.pop(o, 'a'), o, dict.get(D(q=1), 'q'), dict.keys(D(k=2)))
print({} == OrderedDict(), OrderedDict(a=1) == {'a': 1}, {'a': 1} != defaultdict(int, a=1))
try:
    dict.fromkeys()
except TypeError as e:
    print('TypeError', e)
