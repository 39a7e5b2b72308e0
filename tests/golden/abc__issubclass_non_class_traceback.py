# the TypeError from an ABC's __subclasscheck__ when argument 1 is not a class
from collections.abc import Iterator
try:
    issubclass(1, Iterator)
except TypeError as e:
    print(type(e).__name__, e)
