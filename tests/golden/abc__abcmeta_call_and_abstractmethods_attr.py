# ABCMeta called directly, the __abstractmethods__ attribute (set/del, builtin types), metaclass conflicts, __slots__
import abc
X = abc.ABCMeta('X', (), {'f': abc.abstractmethod(lambda self: 0)})
print(X, X.__abstractmethods__, type(X))
try: X()
except TypeError as e: print(e)
class M(type): pass
try:
    class Bad(abc.ABC, metaclass=M): pass
except TypeError as e: print(e)
class Y(abc.ABC):
    __slots__ = ('a',)
y = Y(); y.a = 1; print(y.a)
try: y.b = 2
except AttributeError as e: print(e)
print(type(abc.ABC.__doc__).__name__)  # the wording is implementation-defined
class Z(abc.ABC):
    @abc.abstractmethod
    def f(self): "doc"
print(Z.f.__isabstractmethod__, Z.f.__doc__)
Z.__abstractmethods__ = frozenset()
print(type(Z()).__name__)
Z.__abstractmethods__ = {'g'}
try: Z()
except TypeError as e: print(e)
del Z.__abstractmethods__
print(type(Z()).__name__)
try: del Z.__abstractmethods__
except AttributeError as e: print("AE", e)
try: int.__abstractmethods__ = 1
except TypeError as e: print(e)
try: print(int.__abstractmethods__)
except AttributeError as e: print("AE", e)
try: print(type.__abstractmethods__)
except AttributeError as e: print("AE", e)
print(hasattr(Z, '__abstractmethods__'), hasattr(object, '__abstractmethods__'))
import collections.abc as c
print(c.Iterable.__subclasshook__(list), c.Iterable.__subclasshook__(int), c.Sized.__subclasshook__(list))
print(object.__subclasshook__(), c.Sequence.__subclasshook__(list))
