# registering with a subclass of an ABC makes the class a subclass of the parent ABC too
from abc import ABC
class Top(ABC): pass
class Mid(Top): pass
class Leaf(Mid): pass
Leaf.register(int)
print(issubclass(int, Leaf), issubclass(int, Mid), issubclass(int, Top), issubclass(bool, Top))
print(isinstance(3, Top), isinstance("x", Top), issubclass(str, Top))
print(Top.__subclasses__(), Mid.__subclasses__())
