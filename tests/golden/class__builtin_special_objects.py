class A:
    def __init__(self): self.x = 1
a = A()
print(a.__dict__, A.__dict__["__init__"].__name__, A.__dict__["__dict__"] if "__dict__" in A.__dict__ else None)
print(type(A.__dict__["__dict__"]).__name__)
class E(Exception): pass
print(E.__dict__.keys())
print(type(E().__dict__).__name__)
import sys
class C:
    def __eq__(self, o): return NotImplemented
c = C()
print(c == c, c != c, c == 1, c != 1)
class Cmp:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    Cmp() < Cmp()
except TypeError as e:
    print(e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, bool(NotImplemented) if False else "")
print(Ellipsis, ..., type(...).__name__)
class X:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
x = X()
print(x.get(), x._X__private, "__private" in dir(x), sorted(vars(x)))
try:
    x.__private
except AttributeError as e:
    print(type(e).__name__, e)
class HashOnly:
    def __hash__(self): return 5
print(hash(HashOnly()), HashOnly() == HashOnly())
print(isinstance(int, type), isinstance(type, object), issubclass(type, object), issubclass(object, type))
print(type(None).__name__, type(None)(), type(NotImplemented)())
