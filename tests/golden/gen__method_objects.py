# the generator's methods are bound builtins; their reprs name the generator type
def g():
    yield 1

it = g()
print(type(it.send).__name__, type(it.__next__).__name__)
print(it.send)
print(it.close.__name__, it.throw.__name__, it.__next__.__name__)
print(it.send.__self__ is it)
nxt = it.__next__
print(nxt(), next(it, "done"))
print(type(it).send(g(), None))
try:
    type(it).send(5, None)
except TypeError as e:
    print(type(e).__name__, e)
