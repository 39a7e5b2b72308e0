# default arguments are fixed at definition; globals are read when the body runs
LIMIT = 2

def g(step=1, items=[]):
    items.append(step)
    i = 0
    while i < LIMIT:
        yield i * step
        i += 1
    yield tuple(items)

it = g()
LIMIT = 3
print(list(it))
print(list(g(10)))
