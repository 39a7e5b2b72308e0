# error messages that name the generator type or non-iterators met around generators
def g():
    yield 1

for op in (lambda: int(g()), lambda: next([1]), lambda: next(g), lambda: iter(g), lambda: g()()):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
