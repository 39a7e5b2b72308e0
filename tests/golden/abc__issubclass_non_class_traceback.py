# the TypeError from an ABC's __subclasscheck__ shows its frozen frame
from collections.abc import Iterator
issubclass(1, Iterator)
