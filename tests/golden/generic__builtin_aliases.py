# Parameterised builtin generics (PEP 585): list[int] and friends are types.GenericAlias.
import collections
import asyncio
import types

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[str])
print(type[int], type[object], collections.deque[int], collections.defaultdict[str, int])
print(asyncio.Future[int], asyncio.Task[str], asyncio.Queue[int], enumerate[str])
print(list[None], list["x"], list[1], list[list[int]], dict[int, ...])
ga = dict[str, int]
print(ga.__origin__, ga.__args__, ga.__parameters__, type(ga), type(ga) is types.GenericAlias)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2, 3]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int].append, list[int].__mro__ if False else "", list.__class_getitem__(int))
print(isinstance([], list), isinstance(list[int], types.GenericAlias))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"


print(Box[int], Box["x"])


class MyList(list[int]):
    pass


print(MyList.__mro__, MyList([4, 5]))

for bad in (lambda: int[3], lambda: Box()[1], lambda: object[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def annotated(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str]:
    return set()


print(annotated.__annotations__)
