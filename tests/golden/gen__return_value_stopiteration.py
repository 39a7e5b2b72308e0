# return v in a generator becomes StopIteration(v).value
def g(v):
    yield "first"
    return v

for value in [5, "text", None, [1, 2], 0]:
    it = g(value)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(e.value), e.args, type(e).__name__)
