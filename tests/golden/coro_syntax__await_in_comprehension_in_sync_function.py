# await in a comprehension inside a plain def is reported as an async comprehension error
def f(xs):
    return [await x for x in xs]
