class Recording(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        print("ns type", type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        ns = dict(ns)
        ns["injected"] = lambda self: "inj"
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta):
    a = 1
    def m(self): pass
print(C().injected(), type(C.__dict__).__name__)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name.upper(), bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})
class lower(metaclass=Upper):
    value = 3
print(lower.__name__, lower.VALUE, hasattr(lower, "value"))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class Child(Base): pass
print(Registry.classes, type(Child).__name__)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Sq(Shape):
    def area(self): return 1
try:
    Sq()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Sq):
    def perimeter(self): return 4
print(Full().area(), Full.__abstractmethods__, Sq.__abstractmethods__)
class Alias:
    def __mro_entries__(self, bases):
        return (dict,)
class FromAlias(Alias()):
    pass
print(FromAlias.__mro__, FromAlias.__orig_bases__[0].__class__.__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D: pass
print(D.decorated)
class WithInitSubclassAndMeta(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Z(WithInitSubclassAndMeta, tag=1): pass
print(Registry.classes[-1])
