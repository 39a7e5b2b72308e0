# a metaclass derived from ABCMeta, __init_subclass__ and keyword arguments
from abc import ABCMeta, abstractmethod
class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
    @abstractmethod
    def run(self): ...
class Impl(Base, tag="x"):
    def run(self): return "ran"
print(type(Impl).__name__, Impl.tag, Impl().run(), isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print(e)
print(Meta.__mro__)
