# Comparisons between unorderable types raise the TypeError CPython raises, after the same
# comparisons; the list is left holding every element.
cases = [
    ["b", 1],
    [1, "b"],
    [1, 2, "x", 3],
    [3.5, None],
    [None, None],
    [[1], (1,)],
    [{1: 2}, {3: 4}],
    [(1, "a"), (1, 2)],
    [(1, 2), ("a", 2)],
    [{1}, {2}],
    [object(), 1],
    [b"x", "x"],
    [1, 2.5, True, "s"],
]
for c in cases:
    try:
        r = sorted(c)
        print("sorted", r)
    except TypeError as e:
        print("TypeError:", e)
xs = [5, 4, "x", 3, 2, 1]
try:
    xs.sort()
except TypeError as e:
    print("TypeError:", e, xs)
try:
    sorted([3, 1, 2], key=lambda v: "s" if v == 2 else v)
except TypeError as e:
    print("TypeError:", e)


class NoOrder:
    pass


try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
print(sorted([NoOrder()]) != [])
