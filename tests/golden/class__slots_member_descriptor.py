class Base:
    __slots__ = ("a", "b")
print(type(Base.__dict__["a"]).__name__, Base.a.__name__, Base.b.__objclass__.__name__)
b = Base()
Base.a.__set__(b, 5)
print(Base.a.__get__(b, Base), b.a)
print(repr(Base.a))
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)
