# star and double-star unpacking in calls, lists, tuples, sets and dicts
def f(*a, **k):
    return a, k
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print([*"ab", *range(2)], (*[1], *[2]), {*[1, 1], 2}, {**{"a": 1}, "a": 2, **{"b"