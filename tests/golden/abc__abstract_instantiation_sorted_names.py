# several abstract methods are reported sorted, inherited ones included
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def zed(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def Mid(self): ...
class Half(Base):
    def alpha(self): return 1
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Half.__abstractmethods__))
try:
    object.__new__(Half)
except TypeError as e:
    print(e)
