# type.__subclasses__() lists live direct subclasses in creation order
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
del C
print([c.__name__ for c in A.__subclasses__()][:1], int.__subclasses__() == [bool] or bool in int.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__())
