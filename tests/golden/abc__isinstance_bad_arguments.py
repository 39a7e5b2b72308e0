# CPython's messages for bad isinstance/issubclass arguments
from collections.abc import Iterator
cases = [
    lambda: isinstance(1, 5),
    lambda: isinstance(1, (int, 5)),
    lambda: isinstance(1, (5, int)),
    lambda: issubclass(1, 5),
    lambda: issubclass(int, 5),
    lambda: issubclass(1, (int,)),
    lambda: issubclass(int, (str, 5)),
    lambda: issubclass(1, Iterator),
    lambda: int.__subclasscheck__(1),
    lambda: int.__instancecheck__(1, 2),
    lambda: isinstance(1),
    lambda: issubclass(int, int, int),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(1, ()), isinstance(1, ()))
