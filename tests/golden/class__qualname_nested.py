class Outer:
    class Inner:
        class Deep:
            def m(self): pass
        def meth(self):
            class Local: pass
            return Local
    def f(self):
        def g(): pass
        return g

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__)
print(Outer.Inner().meth().__qualname__)
print(Outer().f().__qualname__)
print(Outer.Inner.__name__, Outer.Inner.Deep.__module__)
print(repr(Outer.Inner.Deep))
print(repr(Outer.Inner().meth()))

def factory():
    class Made:
        def __repr__(self): return "<Made>"
    return Made
print(factory().__qualname__, factory())
print(repr(Outer.Inner.Deep()).split(" object")[0])
Outer.Inner.__qualname__ = "X.Y"
print(Outer.Inner.__qualname__, repr(Outer.Inner))
try:
    Outer.__qualname__ = 1
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda: None
print(lam.__qualname__)
class W:
    lam = lambda self: None
    gen = (lambda: (x for x in ()))()
print(W.lam.__qualname__, W.gen.__qualname__)
