# X | Y between types (PEP 604): types.UnionType, usable with isinstance.
import types


class C:
    pass


print(int | str, int | None, None | int, C | None, int | str | bytes, list[int] | None)
print((int | str).__args__, (int | None).__args__, type(int | str), type(int | str) is types.UnionType)
print(int | int, (int | str) | int, int | (str | bytes), str | list[int] | str)
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance("x", int | str), isinstance(3.0, int | str))
print(isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
for bad in (lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: isinstance([], list[int] | None)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


def f(x: int | None = None) -> str | bytes:
    return "ok"


print(f.__annotations__)
print(int.__or__, type.__or__(int, str), type.__ror__(int, str))
try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)
