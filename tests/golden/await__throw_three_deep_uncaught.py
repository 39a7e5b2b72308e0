# an unhandled throw() through a 3-deep chain: the traceback lists every level
import types

@types.coroutine
def pause():
    yield

async def c3():
    await pause()

async def c2():
    await c3()

async def c1():
    await c2()

c = c1()
c.send(None)
c.throw(ValueError("deep"))
