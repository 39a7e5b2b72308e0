class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Free(Base):
    pass

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
f = Free()
f.a = 1
f.z = 2
print(f.__dict__, f.a)
try:
    Child().a
except AttributeError as e:
    print(type(e).__name__, e)
del c.a
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
print(Child.__slots__, Base.__slots__)


class Str:
    __slots__ = "only"
s = Str(); s.only = 5; print(s.only)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

class S1: __slots__ = ("p",)
class S2: __slots__ = ("q",)
try:
    class Both(S1, S2): pass
except TypeError as e:
    print(type(e).__name__, e)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Default(Base):
    __slots__ = ()
d = Default()
d.a = 4
print(d.a)
try:
    class Dup:
        __slots__ = ("x", "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ("1x",)
except TypeError as e:
    print(type(e).__name__, e)
