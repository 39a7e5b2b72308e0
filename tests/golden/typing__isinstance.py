# isinstance/issubclass with typing objects: plain aliases delegate, subscripted ones refuse,
# unions check their members, Any refuses isinstance
import typing as t
for c in [t.List, t.List[int], t.Any, t.Optional[int], t.Optional[list], t.Callable, t.Iterable, t.Dict, t.Union[int, str]]:
    try:
        print(repr(c), isinstance([], c), isinstance(3, c))
    except TypeError as e:
        print(repr(c), type(e).__name__, e)
print(issubclass(list, t.List), issubclass(list, t.Sequence), issubclass(bool, t.Union[int, str]))
try:
    issubclass(int, t.Any)
except TypeError as e:
    print(e)
print(issubclass(int, t.Any))
