# yield from delegates to any iterable: list, tuple, range, str, bytes, dict, set of ints
def g():
    yield from [1, 2]
    yield from (3,)
    yield from range(4, 7)
    yield from "ab"
    yield from b"\x01\x02"
    yield from {"k1": 1, "k2": 2}
    yield from {9}
    yield from []
    yield from ""

print(list(g()))
