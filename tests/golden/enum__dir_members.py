# dir() of enum classes and members, __members__ as a mappingproxy, match on members
from enum import Enum


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    ALIAS = 2

    def describe(self):
        return self.name.lower()

    @classmethod
    def fav(cls):
        return cls.SQUARE

    @property
    def sides(self):
        return 4 if self is Shape.SQUARE else 0

    _private = 5


print(dir(Shape))
print(dir(Shape.SQUARE))
m = Shape.__members__
print(type(m).__name__, list(m.keys()), len(m), 'ALIAS' in m)
try:
    m['NEW'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(Shape.SQUARE.sides, Shape.CIRCLE.sides, Shape.fav(), Shape._private)


def classify(s):
    match s:
        case Shape.SQUARE:
            return 'square'
        case Shape.CIRCLE:
            return 'circle'


print([classify(s) for s in Shape])
