def method(self): return "hi from " + type(self).__name__
Point = type("Point", (), {"x": 1, "method": method, "__doc__": "a point"})
p = Point()
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
print(p.x, p.method())
print(Point.__bases__, Point.__mro__)

Sub = type("Sub", (Point,), {"y": 2})
s = Sub()
print(s.x, s.y, isinstance(s, Point), Sub.__mro__)

print(type(1), type("a"), type(type), type(Point))
for args in [(), ("a", "b"), ("a", (), {}, 4)]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("X", [object], {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)

Q = type("Q", (), {"__qualname__": "Outer.Q", "__slots__": ("a",)})
print(Q.__qualname__, Q.__name__, hasattr(Q(), "__dict__"))
Q.__name__ = "Renamed"
print(Q.__name__, Q.__qualname__, repr(Q)[:20])
try:
    Q.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, M.__name__)
