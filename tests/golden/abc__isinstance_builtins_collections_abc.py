# isinstance on builtin values against every collections.abc ABC (hooks and registrations)
import collections.abc
names = ["Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
         "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Callable",
         "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
         "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]
def g():
    yield 1
objs = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), None, g(), iter([]),
        iter(""), iter({}), {}.keys(), {}.values(), {}.items(), iter(range(2)), zip(),
        map(str, []), len, lambda: 0, reversed([]), enumerate([]), type, object(), True]
for n in names:
    A = getattr(collections.abc, n)
    print(f"{n:16}", "".join("1" if isinstance(o, A) else "0" for o in objs))
