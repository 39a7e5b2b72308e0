# Color(value), Color['NAME'], aliases, __members__, iteration order, errors
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(list(Color))
print(len(Color), list(reversed(Color)))
print(Color(1), Color['GREEN'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color(Color.BLUE), Color.RED in Color)
print(list(Color.__members__), Color.__members__['CRIMSON'])
for name, member in Color.__members__.items():
    print(name, '->', member.name)
try:
    Color(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color('RED')
except ValueError as e:
    print(type(e).__name__, e)
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(hash(Color.RED) == hash(Color.RED), {Color.RED, Color.CRIMSON})
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
