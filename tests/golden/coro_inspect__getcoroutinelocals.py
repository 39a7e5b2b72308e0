# inspect.getcoroutinelocals: the frame's locals while alive, {} once finished
import inspect
import types

@types.coroutine
def pause():
    yield

async def f(a):
    b = a * 2
    await pause()
    return b

c = f(4)
print(inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print(e.value, inspect.getcoroutinelocals(c))
