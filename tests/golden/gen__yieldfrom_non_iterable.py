# yield from a non-iterable: TypeError when the yield from is reached
def g(obj):
    yield "before"
    yield from obj

it = g(5)
print(next(it))
try:
    next(it)
except TypeError as e:
    print(type(e).__name__, e)
it = g(None)
next(it)
next(it)
