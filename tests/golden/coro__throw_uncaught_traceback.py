# throw() of an unhandled exception: traceback shows the await line in the coroutine
import types

@types.coroutine
def pause():
    yield

async def f():
    await pause()

c = f()
c.send(None)
c.throw(ZeroDivisionError("thrown in"))
