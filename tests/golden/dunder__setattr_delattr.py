class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.b = 2
setattr(l, "c", 3)
del l.a
delattr(l, "b")
print(vars(l))
try:
    del l.zzz
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(5)
print(f.x)
for action in (lambda: setattr(f, "x", 1), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)

class P:
    @property
    def ro(self): return 1
    @property
    def rw(self): return self._rw
    @rw.setter
    def rw(self, v): self._rw = v
p = P()
try:
    p.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.rw
except AttributeError as e:
    print(type(e).__name__, e)
p.rw = 3
print(p.rw)
for target in [object(), 1, "s", [], None]:
    try:
        target.foo = 1
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
class C: pass
C.new = 5
del C.new
try:
    del C.new
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
