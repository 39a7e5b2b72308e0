# a user ABC's __subclasshook__ decides isinstance/issubclass for unrelated classes
from abc import ABC
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Sub(HasLen):
    pass
class Sized3:
    def __len__(self): return 3
print(isinstance([], HasLen), isinstance(1, HasLen), issubclass(dict, HasLen), issubclass(int, HasLen))
print(isinstance(Sized3(), HasLen), issubclass(Sized3, Sub), issubclass(Sub, HasLen))
