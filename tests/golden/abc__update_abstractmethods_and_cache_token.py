# abc.update_abstractmethods, get_cache_token, and the _abc_* debug helpers
import abc
from abc import ABC, abstractmethod, update_abstractmethods, get_cache_token
class D(ABC):
    def f(self): pass
D.f = abstractmethod(D.f)
D()
update_abstractmethods(D)
try:
    D()
except TypeError as e:
    print(e)
D.f = lambda self: 1
print(update_abstractmethods(D) is D, D().f())
t0 = get_cache_token()
class E(ABC): pass
E.register(int)
print(get_cache_token() == t0 + 1, get_cache_token() > t0)
print(update_abstractmethods(int) is int)
E._abc_registry_clear()
E._abc_caches_clear()
print(issubclass(int, E))
class C:
    def f(self): pass
    f.__isabstractmethod__ = True
print(C().f())
