# Mapping/MutableMapping/Sequence/MutableSequence/Generator mixins: argument forms, bounds and errors
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Generator, KeysView, ValuesView
class MM(MutableMapping):  # keys and values in two parallel lists
    def __init__(self): self.ks, self.vs = [], []
    def __getitem__(self, k):
        if k not in self.ks: raise KeyError(k)
        return self.vs[self.ks.index(k)]
    def __setitem__(self, k, v):
        if k in self.ks: self.vs[self.ks.index(k)] = v
        else: self.ks.append(k); self.vs.append(v)
    def __delitem__(self, k):
        if k not in self.ks: raise KeyError(k)
        i = self.ks.index(k); del self.ks[i]; del self.vs[i]
    def __iter__(self): return iter(list(self.ks))
    def __len__(self): return len(self.ks)
    def __repr__(self): return "MM(%r)" % dict(zip(self.ks, self.vs))
class HasKeys:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
mm = MM()
for expr in ["mm.update({'a': 1})", "mm.update(HasKeys())", "mm.update([('p', 2)], q=3)", "mm.update(5)", "mm.update([1])",
             "mm.update(other=4)", "mm.update({}, {})", "mm.update(self=1)", "mm", "mm.pop('a')", "mm.pop('a')", "mm.pop('a', None)",
             "mm.popitem()", "mm.setdefault('s')", "mm.setdefault('s', 5)", "mm == {'p': 2, 'q': 3, 'other': 4, 'self': 1, 's': None, 'k2': 'K2'}",
             "mm.clear()", "mm.popitem()", "mm.pop()", "hash(mm)", "reversed(mm)", "MM.pop.__defaults__ == (None,)",
             "('k', 1) in MM().items()", "KeysView({1: 2})", "ValuesView([7])", "list(KeysView({1: 2}) & [1, 3])"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, KeyError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
class Sq(Sequence):
    def __init__(self, *a): self._l = list(a)
    def __getitem__(self, i): return self._l[i]
    def __len__(self): return len(self._l)
nan = float('nan')
s = Sq(1, 2, 3, 2, 1, nan)
for expr in ["s.index(2, 2)", "s.index(2, -3)", "s.index(2, 0, 1)", "s.index(1, -100)", "s.index(3, 0, -3)", "s.index(3, 0, -4)",
             "s.index(nan)", "s.count(nan)", "s.count(2)", "nan in s", "list(reversed(s))[:2]", "s.index(2, None)", "s.index(1, 1, None)",
             "s.index('x', 'y')", "s.index(2, 1.5)"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, "->", type(e).__name__, repr(e))
class ML(MutableSequence):
    def __init__(self, *a): self._l = list(a)
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
    def __repr__(self): return "ML(%r)" % self._l
ml = ML(1, 2, 3, 4, 5)
for expr in ["ml.reverse()", "ml", "ml.extend(ml)", "ml", "ml.pop(100)", "ml.remove(99)", "ml.__iadd__([7]) is ml", "ml.extend(5)", "ml.clear()", "ml.reverse()", "ml"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError, IndexError) as e:
        print(expr, "->", type(e).__name__, repr(e))
class Stubborn(Generator):
    def send(self, v): return v
    def throw(self, *a): return "kept going"
class Done(Generator):
    def send(self, v): raise StopIteration
    def throw(self, t, v=None, tb=None): raise StopIteration
for f in (Stubborn().close, Done().close, lambda: list(Done()), lambda: Generator.throw(None, ValueError, ValueError(3)),
          lambda: Generator.throw(None, KeyError), lambda: Generator.send(None, 1)):
    try:
        print(f())
    except (RuntimeError, ValueError, KeyError, StopIteration) as e:
        print(type(e).__name__, repr(e))
