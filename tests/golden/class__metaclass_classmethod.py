class Meta(type):
    @classmethod
    def create(mcls, name):
        return mcls(name, (), {})
    def hello(cls):
        return "hello " + cls.__name__
    @staticmethod
    def util():
        return "util"
    def __call__(cls, *a, **kw):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **kw)
    def __repr__(cls):
        return "<class " + cls.__name__ + " via Meta>"
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return ("item", k)

X = Meta.create("X")
print(type(X) is Meta, X.__name__)
print(X.hello(), X.util(), Meta.util())
class Y(metaclass=Meta):
    def __init__(self, v): self.v = v
y = Y(3)
print(y.v, repr(Y), len(Y), list(Y), Y[5])
try:
    y.hello()
except AttributeError as e:
    print(type(e).__name__, e)
print(Meta.__prepare__("n", ()) == {}, type(Meta.__prepare__("n", ())).__name__)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class Z(metaclass=OrderedMeta, a=1):
    b = 2
print(Z.injected, Z.b)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class A3(metaclass=M3): pass
class Ok(A1, A3): pass
print(type(Ok).__name__)
print(type.__dict__["mro"].__name__, Y.mro())
