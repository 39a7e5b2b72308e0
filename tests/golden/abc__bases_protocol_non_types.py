# the __bases__ protocol: class-like objects that are not types (CPython's abstract_issubclass)
class FakeClass:
    def __init__(self, bases): self.__bases__ = bases
base = FakeClass(())
derived = FakeClass((base,))
other = FakeClass(())
print(issubclass(derived, base), issubclass(derived, other), issubclass(base, derived))
class HasClass:
    __class__ = derived
print(isinstance(HasClass(), base), isinstance(HasClass(), other))
try: issubclass(derived, 5)
except TypeError as e: print(e)
try: issubclass(5, base)
except TypeError as e: print(e)
