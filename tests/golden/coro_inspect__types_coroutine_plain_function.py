# types.coroutine on a plain function returning a generator wraps it; the result is awaitable
import inspect
import types

def gen():
    yield "step"
    return "gen result"

def plain():
    return gen()

wrapped = types.coroutine(plain)
print(wrapped is plain, wrapped.__name__, wrapped.__wrapped__ is plain)
res = wrapped()
print(type(res).__name__)

def returns_int():
    return 5

w2 = types.coroutine(returns_int)
print(w2())

async def main():
    return await wrapped()

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
