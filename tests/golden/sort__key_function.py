# Key functions are called once per item, in list order, before any comparison; an exception
# from one leaves the list unchanged.
seen = []


def key(x):
    seen.append(x)
    return -x


xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.sort(key=key)
print(xs, seen)

seen.clear()
print(sorted("hello world", key=lambda c: (seen.append(c), c.upper())[1]), "".join(seen))

seen.clear()
xs = [3, 1, 4, 1, 5]
xs.sort(key=key, reverse=True)
print(xs, seen)

# The key sees an empty list while list.sort runs.
xs = [3, 1, 2]
xs.sort(key=lambda v: print("during key:", xs) or v)
print(xs)


def bad_key(x):
    if x == 4:
        raise KeyError(x)
    print("key", x)
    return x


xs = [3, 1, 4, 1, 5]
try:
    xs.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, xs)
try:
    sorted([2, 9, 4], key=bad_key, reverse=True)
except KeyError as e:
    print("KeyError", e)

# One element: the key is still called.
print(sorted([7], key=lambda v: print("key of", v) or v))
print(sorted([], key=lambda v: 1 / 0))

# A key returning objects with __lt__: comparisons see the keys, not the items.
class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  cmp", self.v, other.v)
        return self.v > other.v


print(sorted([1, 3, 2, 5, 4], key=Rev))
print(sorted(["bb", "a", "ccc", "dd"], key=len))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
