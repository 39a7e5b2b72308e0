# auto() values, _generate_next_value_, unique, _order_, _ignore_
from enum import Enum, auto, unique, Flag, StrEnum


class A(Enum):
    a = auto()
    b = auto()
    c = 10
    d = auto()


print(list(A))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


print(list(Lower))


class Bits(Flag):
    R = auto()
    W = auto()
    X = auto()


print(list(Bits), [m.value for m in Bits])


class S(StrEnum):
    ALPHA = auto()
    BETA = auto()


print(list(S), S.ALPHA.upper())
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Ign(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    ONE = 1


print(list(Ign), hasattr(Ign, 'tmp'))
try:
    class Ord(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)
