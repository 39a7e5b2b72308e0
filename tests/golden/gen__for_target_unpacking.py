# for-loop target unpacking over a generator of tuples, nested and starred
def rows():
    yield 1, ("a", "b")
    yield 2, ("c", "d")

for n, (x, y) in rows():
    print(n, x, y)
for first, *rest in (range(k) for k in (1, 3)):
    print(first, rest)
try:
    for a, b in (t for t in [(1, 2), (3,)]):
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
