# Small tuples (0, 1, 2 items stored inline) behave like any other tuple.
t0 = ()
t1 = (1,)
t2 = ("a", "b")
t3 = (1, 2, 3)
print(t0, t1, t2, t3, len(t0), len(t1), len(t2), len(t3))
print(t2 == ("a",) + ("b",), t2 == tuple(["a", "b"]), t2 == tuple("ab"))
print(hash(t2) == hash(tuple("ab")), hash((1, 2)) == hash(tuple([1, 2])))
print(hash(()) == hash(tuple()), hash((1,)) == hash(tuple([1])))
print(t2 + t3, t1 * 3, t2[::-1], t3[1:], t2[0], t2[-1])
# Equal-but-distinct keys built along different paths find the same dict entry.
d = {}
a = "".join(["x", "y"])
b = "x" + "y"
d[(a, 1)] = "first"
d[(b, 1)] = "second"
d[tuple([a + "", 1])] = "third"
print(len(d), d)
print((b, 1) in d, ("xy", 1.0) in d, ("xy", True) in d)
# Pairs from enumerate, dict.items, divmod, zip.
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), list(zip("ab", [1, 2])))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]))
# A deep chain of nested pairs frees without overflowing the native stack.
x = ()
for i in range(200000):
    x = (x, i)
print(x[1], x[0][1])
del x
y = None
for i in range(200000):
    y = (y,)
print(type(y[0]).__name__)
del y
print("done")
