# generators held only by a list are closed when the list is cleared (CPython drops items last first)
def g(n):
    try:
        yield n
    finally:
        print("finally", n)

gens = [g(i) for i in range(3)]
for it in gens:
    next(it)
del it
print("clearing")
gens.clear()
print("cleared")
d = {"x": g("dict value")}
next(d["x"])
del d["x"]
print("popped from dict")
