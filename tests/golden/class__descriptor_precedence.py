class Data:
    def __init__(self, name): self.name = name
    def __get__(self, obj, cls):
        if obj is None: return self
        return "data:" + self.name
    def __set__(self, obj, value): print("Data.__set__", value)
    def __delete__(self, obj): print("Data.__delete__")

class NonData:
    def __get__(self, obj, cls):
        return ("nondata", obj is None, cls.__name__)

class GetOnlySet:
    def __set__(self, obj, v): print("set only", v)

class C:
    d = Data("d")
    n = NonData()
    s = GetOnlySet()

c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
print(c.d)   # data descriptor wins
print(c.n)   # instance dict wins over non-data
print(C.n)
c.d = 5
del c.d
print(c.__dict__)
print(type(C.__dict__["s"]).__name__, c.s is C.__dict__["s"])
c.s = 3
c.__dict__["s"] = "inst-s"
print(c.s)
del c.__dict__["n"]
print(c.n)
print(C.d)

# descriptor on a class via the metaclass
class Meta(type):
    @property
    def shout(cls): return cls.__name__.upper()
class K(metaclass=Meta): pass
print(K.shout)
try:
    K().shout
except AttributeError as e:
    print(type(e).__name__, e)

# functions are non-data descriptors
class F:
    def m(self): return "method"
f = F()
f.m = lambda: "instance attr"
print(f.m())
del f.m
print(f.m())
print(F.m.__get__(f, F)())
print(type(F.__dict__["m"].__get__(None, F)).__name__)
