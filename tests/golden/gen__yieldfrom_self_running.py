# yield from a generator that is already running: ValueError
def g():
    yield 1
    yield from it

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
