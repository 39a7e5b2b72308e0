# star and double-star unpacking in calls, lists, tuples, sets and dicts
def f(*a, **k):
    return a, k
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print([*"ab", *range(2)], (*[1], *[2]), {*[1, 1], 2}, {**{"a": 1}, "a": 2, **{"b": 3}})
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = "xy", "z"
print(a, b, c)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
