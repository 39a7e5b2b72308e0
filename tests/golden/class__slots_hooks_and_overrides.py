# slots together with __getattr__/__setattr__/__getattribute__, properties and class
# attributes in subclasses, super(), and copying
import copy


class Guarded:
    __slots__ = ("value", "log")

    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, v):
        self.log.append(name)
        object.__setattr__(self, name, v)

    def __getattr__(self, name):
        return "fallback:" + name

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


g = Guarded()
print(g.value, g.missing)
g.value = 3
print(g.value, g.log)
del g.value
print(g.value, g.log)
try:
    g.other = 1
except AttributeError as e:
    print(type(e).__name__, e, g.log)


class Tracing:
    __slots__ = ("a",)

    def __getattribute__(self, name):
        r = object.__getattribute__(self, name)
        return ("traced", r)


t = Tracing()
t.a = 1
print(t.a)


class Base:
    __slots__ = ("x",)


class WithProperty(Base):
    __slots__ = ()

    @property
    def x(self):
        return "property wins"


wp = WithProperty()
print(wp.x)
Base.x.__set__(wp, 5)
print(wp.x, Base.x.__get__(wp))
try:
    wp.x = 6
except AttributeError as e:
    print(type(e).__name__, e)


class Shadow(Base):
    x = "class attribute"


sh = Shadow()
print(sh.x)
sh.x = "instance dict"
print(sh.x, sh.__dict__)
Base.x.__set__(sh, "slot")
print(sh.x, Base.x.__get__(sh), sh.__dict__)


class Child(Base):
    __slots__ = ("y",)

    def both(self):
        return (super().x if False else self.x, self.y)


ch = Child()
ch.x, ch.y = "bx", "cy"
print(ch.both())


class Point:
    __slots__ = ("x", "y", "__dict__")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.__dict__})"


p = Point(1, [2])
p.extra = "e"
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y)


class Partial:
    __slots__ = ("a", "b")


pa = Partial()
pa.b = 2
pc = copy.copy(pa)
print(hasattr(pc, "a"), pc.b)
