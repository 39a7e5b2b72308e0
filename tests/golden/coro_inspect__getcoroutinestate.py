# inspect.getcoroutinestate through CREATED, RUNNING, SUSPENDED, CLOSED (finished and closed)
import inspect
import types

@types.coroutine
def pause():
    yield

async def f(report=False):
    if report:
        print("inside:", inspect.getcoroutinestate(c))
    await pause()

c = f(report=True)
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))
d = f()
d.close()
print("closed before start:", inspect.getcoroutinestate(d))
e = f()
e.send(None)
e.close()
print("closed while suspended:", inspect.getcoroutinestate(e))
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
