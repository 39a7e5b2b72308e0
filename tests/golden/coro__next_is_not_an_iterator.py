# next() on a coroutine: "'coroutine' object is not an iterator"
async def f():
    return 1

c = f()
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c, "default")
except TypeError as e:
    print(type(e).__name__, e)
c.close()
