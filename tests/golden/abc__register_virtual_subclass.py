# ABCMeta.register: virtual subclasses, also as a class decorator
from abc import ABC
class MyABC(ABC):
    pass
print(MyABC.register(tuple) is tuple)
print(issubclass(tuple, MyABC), isinstance((), MyABC), issubclass(list, MyABC))
@MyABC.register
class Virt:
    pass
print(Virt.__name__, issubclass(Virt, MyABC), isinstance(Virt(), MyABC), MyABC in Virt.__mro__)
class SubVirt(Virt):
    pass
print(issubclass(SubVirt, MyABC), isinstance(SubVirt(), MyABC))
print(MyABC.register(Virt) is Virt)
