import itertools
from itertools import groupby, tee
print([(k, list(g)) for k, g in groupby("aabbbcd")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(type(next(groupby([1]))[1]), type(tee([1])[0]))
def g(n):
    try:
        for i in range(n):
            print("  yield", i)
            yield i
        print("  exhausted")
    finally:
        print("  finalised")
gb = groupby(g(6), key=lambda x: x // 2)
k1, g1 = next(gb)
print("key", k1)
k2, g2 = next(gb)
print("key", k2, list(g1), next(g2))
print([(k, type(v)) for k, v in gb])
print(list(g2))
a, b = tee(g(3))
print(next(a), next(a))
print(next(b))
print(list(a), list(b))
x, y, z = tee("abc", 3)
print(list(x), list(z), list(y))
print(tee([1], 0))
c, = tee([1, 2], 1)
d = c.__copy__()
print(next(c), list(d), list(c))
e1, e2 = tee(iter([1, 2, 3]))
e3, e4 = tee(e1)
print(next(e3), list(e1), list(e4), list(e2))
def reent():
    yield next(t0)
t0, t1 = tee(reent())
try:
    next(t0)
except Exception as e:
    print(type(e).__name__, e)
for bad in [lambda: tee(), lambda: tee([1], 2, 3), lambda: tee([1], -1), lambda: tee([1], n=2),
            lambda: tee([1], 1.5), lambda: groupby(), lambda: groupby([1], len, 3), lambda: groupby([1], x=3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print([k for k, _ in groupby([1, 1.0, True, 2])])
