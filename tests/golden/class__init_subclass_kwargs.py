class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.registry, C.plugin_name)

try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class E(bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class Sub(Base, x=1): pass

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, flag=True): pass

class Implicit:
    def __init_subclass__(cls):
        print("implicit classmethod", cls.__name__, type(Implicit.__dict__["__init_subclass__"]).__name__)
class Sub2(Implicit): pass
