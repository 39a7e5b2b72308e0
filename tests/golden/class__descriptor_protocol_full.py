class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
class Lazy:
    def __init__(self, f): self.f = f; self.__doc__ = f.__doc__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        "computed once"
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)
class ClassProp:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls): return self.f(cls)
class K:
    @ClassProp
    def name(cls): return "K:" + cls.__name__
class K2(K): pass
print(K.name, K2.name, K2().name)
class Bound:
    def method(self): return self
b = Bound()
m = Bound.__dict__["method"].__get__(b)
print(m() is b, Bound.method.__get__(None, Bound) is Bound.method)
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, Bound)(), cm.__get__(None, Bound)(), cm.__get__(b)())
prop = property(lambda self: "pget")
print(prop.__get__(b), prop.__get__(None, Bound) is prop)
try:
    prop.__set__(b, 1)
except AttributeError as e:
    print(type(e).__name__, e)
p2 = property(lambda s: 1).setter(lambda s, v: print("set", v))
p2.__set__(b, 9)
