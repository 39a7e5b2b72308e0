# keyword arguments keep call order in **kwargs; defaults referencing earlier names
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1}, a=2))
def g(a, b=None, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(*"xy", c=0, d=1, **{"q": 2}))
