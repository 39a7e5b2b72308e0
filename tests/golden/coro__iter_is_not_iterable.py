# iter() / for / unpacking of a coroutine: "'coroutine' object is not iterable"
async def f():
    return 1

c = f()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in c:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = c
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
