# An exception raised by the innermost generator of a suspended chain, on its second
# resumption, propagates through every level with a full traceback.
def leaf():
    yield 1
    yield 2
    raise ValueError("from the leaf")


def mid():
    yield from leaf()


def top():
    yield from mid()


g = top()
print(next(g))
print(next(g))
next(g)
