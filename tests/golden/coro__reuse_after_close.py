# a closed coroutine (closed while suspended, or before start) cannot be resumed
import types

@types.coroutine
def pause():
    yield

async def f():
    await pause()

c = f()
c.send(None)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
d = f()
d.close()
try:
    d.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
