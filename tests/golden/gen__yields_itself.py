# a generator can yield itself and other generators
def g():
    me = yield
    yield me
    yield (x for x in [1, 2])

it = g()
next(it)
print(it.send(it) is it)
inner = next(it)
print(type(inner).__name__, list(inner))
