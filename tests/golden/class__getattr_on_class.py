class Meta(type):
    def __getattr__(cls, name):
        return f"meta-getattr:{name}"
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    def __contains__(cls, x): return x == "in"
    def __instancecheck__(cls, inst):
        print("instancecheck")
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck")
        return sub is int
class C(metaclass=Meta):
    real = 1
print(C.real, C.missing, "in" in C, "out" in C)
C.added = 2
print(C.added, isinstance(5, C), issubclass(int, C), issubclass(str, C))
try:
    C().missing
except AttributeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    Plain.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(type.__name__, type(type).__name__, isinstance(C, type), isinstance(C, Meta), Meta.__mro__)
class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, *args):
        print("__init__", args)
w = WithNew(1, 2)
print(w.created)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(ReturnsOther())
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithNew.__new__(WithNew, 1).__init__(5)
except Exception as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class OnlyInit:
    def __init__(self, x): pass
print(type(OnlyInit(1)).__name__)
