# coro.__await__() returns a coroutine_wrapper iterator that drives the coroutine with next()/send()
import types

@types.coroutine
def pause(v):
    return (yield v)

async def f():
    x = await pause("a")
    return x * 2

c = f()
w = c.__await__()
print(type(w).__name__, repr(w).startswith("<coroutine_wrapper object at 0x"))
print(iter(w) is w)
print(next(w))
try:
    w.send(21)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame)
w2 = f().__await__()
w2.close()
async def two():
    await pause("x")
    await pause("y")
    return "ignored by list"

print(list(two().__await__()))
