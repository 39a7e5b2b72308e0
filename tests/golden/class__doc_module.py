class A:
    """Docstring of A."""
    def m(self):
        "method doc"
class B(A): pass
class C:
    x = 1
    """not a docstring"""
print(repr(A.__doc__), repr(B.__doc__), repr(C.__doc__))
print(A.m.__doc__, A().__doc__)
print(A.__module__, __name__)
print(type(A.__dict__["__doc__"]).__name__)
print("__doc__" in B.__dict__, "__module__" in B.__dict__)
A.__doc__ = "changed"
print(A.__doc__)
class D:
    __module__ = "fake.module"
print(D.__module__, repr(D))
print(int.__module__, object.__module__, type.__module__)
def f():
    """function doc"""
print(f.__doc__, f.__module__)
f.__doc__ = None
print(f.__doc__)
class E:
    f"""not a doc {1}"""
print(E.__doc__)
print(sorted(k for k in A.__dict__ if k.startswith("__")))
