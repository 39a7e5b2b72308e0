# reprs, names and modules of abc / collections.abc objects
import abc
import collections.abc
from collections.abc import Iterator, MutableMapping, Callable
print(Iterator, MutableMapping, collections.abc.Sequence)
print(abc.ABCMeta, abc.ABC, type(abc.ABC), type(Iterator), type(abc.ABCMeta))
print(Iterator.__module__, Iterator.__name__, Iterator.__qualname__, abc.ABC.__module__)
print(collections.abc.__name__, sorted(Iterator.__abstractmethods__), abc.ABC.__abstractmethods__)
print(Iterator.__mro__)
print(MutableMapping.__mro__)
print(collections.abc.Iterable[int], collections.abc.Mapping[str, list], Callable[[int], str], Callable[..., int])
print(len(collections.abc.__all__), collections.abc.__all__[:4])
