# classes with __slots__ get no __weakref__ entry; plain classes do
class A:
    __slots__ = ()
class B:
    __slots__ = ("x",)
class C:
    pass
class E(Exception):
    __slots__ = ()
class F(Exception):
    pass
for k in (A, B, C, E, F):
    print(k.__name__, "__weakref__" in k.__dict__, "__dict__" in k.__dict__)
