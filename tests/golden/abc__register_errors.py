# register rejects non-classes and inheritance cycles
from abc import ABC
class A(ABC): pass
class B(A): pass
try:
    A.register(1)
except TypeError as e:
    print("TypeError:", e)
try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError:", e)
print(A.register(A) is A, A.register(B) is B)
