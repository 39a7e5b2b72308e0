# a coroutine passed to a function that fails is dropped at the failing call's statement
async def f():
    pass

def consume(x, y):
    pass

try:
    consume(f())
except TypeError as e:
    print(type(e).__name__, e)
print("after")
