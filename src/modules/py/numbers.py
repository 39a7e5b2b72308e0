"""The numeric tower of PEP 3141 (coil's own implementation of `numbers`).

Number > Complex > Real > Rational > Integral, each an ABC: a concrete
numeric class implements the abstract operations of its level, and gets the
derived ones below (divmod from // and %, float() of a Rational from its
numerator and denominator, the integer views of an Integral, ...). int,
float and complex are registered at their levels; bool comes with int.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the tower: `isinstance(x, Number)` asks whether x is a
    number of any kind."""

    __slots__ = ()

    # Numbers that compare equal across types must hash equal, which only the
    # concrete classes can arrange; an ABC leaves them unhashable.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the builtin complex type: + - * / **,
    abs(), .real, .imag, .conjugate() and ==. Concrete subclasses implement
    the abstract ones; subtraction and truth come from them."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self)"""

    def __bool__(self):
        """True unless self == 0."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The modulus (a Real)."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


class Real(Complex):
    """Complex numbers on the real line, with the operations of float:
    ordering, float(), math.trunc/floor/ceil, round(), // and %. The complex
    views (real, imag, conjugate(), complex()) are derived."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self)"""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): the Integral closest to self, towards 0."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): the largest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): the smallest Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self[, ndigits]): an Integral without ndigits, halves to
        even; otherwise a Real rounded to that many decimal places."""
        raise NotImplementedError

    def __divmod__(self, other):
        """(self // other, self % other)"""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """(other // self, other % self)"""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other; a total order is not required (NaN)."""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        """A Real is its own real part."""
        return +self

    @property
    def imag(self):
        """A Real has no imaginary part."""
        return 0

    def conjugate(self):
        """A Real is its own conjugate."""
        return +self


class Rational(Real):
    """Reals that are a ratio of two Integrals, `numerator` and
    `denominator` (in lowest terms, denominator positive)."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """numerator / denominator as a float (both made ints first)."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rationals with denominator 1, with the operations of int: int(),
    operator.index(), the bitwise operators and three-argument pow()."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self): int(self)."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus)."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        """float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """An Integral is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An Integral's denominator is 1."""
        return 1


def _register_builtins():
    from _abc import _coil_native_type
    complex_type = _coil_native_type("complex")
    if complex_type is not None:
        Complex.register(complex_type)
    Real.register(float)
    Integral.register(int)


_register_builtins()
del _register_builtins
