# *args and **kwargs collection and unpacking at call sites
def f(a, *args, k=0, **kw):
    return (a, args, k, kw)
print(f(1), f(1, 2, 3), f(1, k=5, z=6), f(*[1, 2], **{"k": 3, "m": 4}))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(*range(3), *"ab", x=1, **{"y": 2}))
print(*[1, 2, 3], sep="-