# generators compare by identity and are hashable
def g():
    yield 1

a, b = g(), g()
print(a == a, a == b, a != b, a is a)
d = {a: "a", b: "b"}
print(d[a], d[b], len({a, b, a}))
print(hash(a) == hash(a), a in [b, a], a in [b])
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
