# an error at the bottom of a 50-deep yield from chain: the repeated delegating frames collapse
def chain(n):
    if n == 0:
        yield 1
        raise ValueError("bottom of the chain")
    yield from chain(n - 1)

for v in chain(50):
    pass
