# __subclasshook__ must return True, False or NotImplemented
from abc import ABC
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)
class Boom(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1 / 0
try:
    isinstance(3, Boom)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
