# instantiating an ABC with one abstract method
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Square(3).area(), Square.__abstractmethods__, Shape.__abstractmethods__)
Shape()
