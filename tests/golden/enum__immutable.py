# members cannot be reassigned or deleted; other class attributes can; enums with members
# cannot be extended
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.GREEN
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
Color.extra = 'ok'
print(Color.extra, list(Color))
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(type(e).__name__, e)


class Base(Enum):
    def describe(self):
        return f'{self.name}={self.value}'


class Sub(Base):
    A = 'a'


print(Sub.A.describe(), list(Sub))
try:
    Color.RED in Sub
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED in Color, Sub.A in Color)
