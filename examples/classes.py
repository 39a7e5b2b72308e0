# A small object model: an abstract-ish base class, subclasses overriding
# methods, properties, class attributes, __repr__/__eq__/__lt__, a classmethod
# constructor and a custom exception.

class ShapeError(ValueError):
    pass


class Shape:
    count = 0

    def __init__(self, name):
        Shape.count += 1
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} has no area")

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        if w <= 0 or h <= 0:
            raise ShapeError(f"bad size {w}x{h}")
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

    @classmethod
    def square(cls, side):
        return cls(side, side, name="square")

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2


shapes = [Rect(3, 4), Rect.square(2), Circle(1), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print("largest:", max(shapes))
print("total area:", round(sum([s.area() for s in shapes]), 3))
print("perimeters:", [s.perimeter for s in shapes if isinstance(s, Rect)])
print(Rect(2, 2) == Rect.square(2), Rect(1, 2) == Rect(2, 1), Shape.count)
for args in [(0, 1), (2, -1)]:
    try:
        Rect(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
