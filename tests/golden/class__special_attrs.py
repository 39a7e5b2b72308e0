class A:
    "doc A"
    x = 1
    def f(self): pass
class B(A): pass
print(B.__bases__, B.__base__, A.__base__, object.__bases__, object.__base__)
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, A.__doc__)
print(sorted(A.__dict__.keys()))
print(A.__dict__["x"], "x" in B.__dict__, isinstance(A.__dict__, dict))
print(B.__subclasses__(), A.__subclasses__())
print(A.f.__name__, A.f.__qualname__, A.f.__module__, A().f.__name__)
print(type(A.__dict__["f"]).__name__, type(A().f).__name__, type(A.f).__name__)
print(A.__class__, A().__class__, type(A()).__class__)
print(hasattr(A(), "__dict__"), A().__dict__, hasattr(1, "__dict__"))
print(A.__init__ is object.__init__, A.__repr__ is object.__repr__, A().__eq__(A()))
print(repr(A.__init__)[:35], repr(A().__init__)[:35])
print(int.__name__, int.__qualname__, list.__module__, len.__module__, len.__name__)
a = A()
a.__dict__["y"] = 5
print(a.y, vars(a))
a.__dict__ = {"z": 9}
print(a.z, hasattr(a, "y"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
print(A.__weakref__ is not None if hasattr(A, "__weakref__") else "no weakref")
print(dir(A)[-3:], "f" in dir(A()), "x" in dir(B))
