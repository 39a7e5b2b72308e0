# _missing_ raising: the original ValueError is the context; returning junk is a TypeError
from enum import Enum


class Strict(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Strict(2)
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)


class Junk(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Junk(9)
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
