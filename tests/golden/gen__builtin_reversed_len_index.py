# generators are not reversible, sized or subscriptable
def g():
    yield 1

for op in (lambda: reversed(g()), lambda: len(g()), lambda: g()[0], lambda: g() + g()):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
