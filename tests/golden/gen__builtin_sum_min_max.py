# sum, min and max consume generators; empty ones raise ValueError unless a default is given
def g(items):
    yield from items

print(sum(g([1, 2, 3])), sum(g([0.5, 0.25])), sum(g([[1], [2]]), []))
print(min(g([3, 1, 2])), max(g([3, 1, 2])), max(g(["b", "a"]), key=str.upper))
print(min(g([]), default="none"), max(g([]), default=None))
for f in (min, max):
    try:
        f(g([]))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sum(g(["a", "b"]))
except TypeError as e:
    print(type(e).__name__, e)
