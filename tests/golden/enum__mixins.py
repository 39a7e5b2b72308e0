# mixed-in data types (bytes, tuple, float), custom __new__ setting _value_, ordered enums,
# __str__/__format__ overrides, hashing and lookup of members
from enum import Enum, IntEnum, auto, unique, Flag, StrEnum
class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Color(AutoNumber):
    RED = ()
    GREEN = ()
print(list(Color), Color(2))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PX.label, Coord(1), Coord.PX.value)
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
print(Grade.A >= Grade.B, Grade.A < Grade.B, sorted(Grade))
class Duplicate(Enum):
    A = 1
    B = 2
print(Duplicate.A.__class__.__name__, Duplicate.__name__, Duplicate.__qualname__, Duplicate.__module__)
class HttpStatus(IntEnum):
    OK = 200
    def __str__(self): return f'{self.value} {self.name}'
print(HttpStatus.OK, f'{HttpStatus.OK}', repr(HttpStatus.OK))
class E(Enum):
    A = 'a'
    def __format__(self, spec): return 'custom' + spec
print(f'{E.A:x}', str(E.A), format(E.A))
print(Color.RED.__hash__() == hash('RED'), type(hash(Color.RED)))
class Tup(tuple, Enum):
    P = (1, 2)
print(Tup.P, Tup.P[0], repr(Tup.P), Tup((1, 2)))
class F(float, Enum):
    PI = 3.14
print(F.PI, repr(F.PI), F.PI * 2, f"{F.PI:.1f}" if False else format(F.PI.value, ".1f"))
class Animal(Enum):
    DOG = 1
    CAT = 2
    @staticmethod
    def make(n): return Animal(n)
print(Animal.make(2))
print(isinstance(Animal.DOG, Animal), Animal.DOG.value.__class__)
print(Animal.__members__.keys(), list(Animal.__members__.values()))
d = {Animal.DOG: 'woof'}
print(d[Animal(1)], Animal['CAT'].name)
print(Animal.DOG.__reduce_ex__(2))
