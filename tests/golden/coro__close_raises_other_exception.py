# an exception raised while closing propagates out of close()
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    finally:
        raise KeyError("from finally")

c = f()
c.send(None)
try:
    c.close()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
