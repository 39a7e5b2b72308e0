# Enum member repr/str/format, IntEnum/StrEnum/mixed-in str vs repr (3.11 rules)
from enum import Enum, IntEnum, StrEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Num(IntEnum):
    ONE = 1
    TWO = 2


class Mixed(int, Enum):
    X = 5


class Word(StrEnum):
    HELLO = auto()
    BYE = 'see you'


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", f"{Color.RED!r}")
print(f"[{Color.GREEN:>12}]", "%s" % Color.BLUE)
print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.TWO:>5}|")
print(repr(Mixed.X), str(Mixed.X), format(Mixed.X), f"{Mixed.X}")
print(repr(Word.HELLO), str(Word.HELLO), format(Word.BYE), Word.HELLO == 'hello')
print(repr(Color), repr(Num), type(Color.RED), type(Color))
print([Color.RED, Num.TWO], {Color.RED: 'r'})
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
