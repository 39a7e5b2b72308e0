# enumerate with start, zip with unequal lengths and strict
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))), dict(zip("ab", [1, 2])))
print(list(zip([1, 2], [3, 4], [5, 6])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e