# numbers: the numeric tower ABCs on builtins and user classes
import numbers
from numbers import Number, Complex, Real, Rational, Integral
vals = [1, True, 1.5, "1", None, [1]]
for A in (Number, Complex, Real, Rational, Integral):
    print(A.__name__, A, [isinstance(v, A) for v in vals])
print(issubclass(int, Real), issubclass(float, Integral), issubclass(bool, Integral), numbers.__all__)
print(sorted(Integral.__abstractmethods__)[:6], len(Real.__abstractmethods__))
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    for _n in ("__abs__ __add__ __and__ __ceil__ __eq__ __floor__ __floordiv__ __invert__ __le__ "
               "__lshift__ __lt__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ "
               "__rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ "
               "__rshift__ __rtruediv__ __rxor__ __truediv__ __trunc__ __xor__").split():
        locals()[_n] = lambda self, *a: 0
m = MyInt(7)
print(isinstance(m, Number), m.__index__(), float(m), m.numerator, m.denominator, m.real, m.imag, complex is not None if False else "")
try:
    Real()
except TypeError as e:
    print(str(e)[:60])
