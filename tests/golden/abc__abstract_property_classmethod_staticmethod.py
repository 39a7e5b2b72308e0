# abstract properties, classmethods and staticmethods (and the deprecated helpers)
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
class Base(ABC):
    @property
    @abstractmethod
    def prop(self): ...
    @classmethod
    @abstractmethod
    def cm(cls): ...
    @staticmethod
    @abstractmethod
    def sm(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    prop = 3
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return "sm"
i = Impl()
print(i.prop, i.cm(), Impl.cm(), i.sm(), Impl.__abstractmethods__)
class Old(metaclass=ABCMeta):
    @abstractproperty
    def p(self): pass
    @abstractclassmethod
    def c(cls): return cls
    @abstractstaticmethod
    def s(): return 5
print(sorted(Old.__abstractmethods__), Old.c(), Old.s())
try:
    Old()
except TypeError as e:
    print(e)
