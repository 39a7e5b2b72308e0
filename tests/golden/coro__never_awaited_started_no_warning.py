# only never-started coroutines warn: started, finished, closed or thrown-into ones do not
import types

@types.coroutine
def pause():
    yield

async def f():
    await pause()

started = f()
started.send(None)
del started
print("started then dropped: no warning")
closed = f()
closed.close()
del closed
print("closed unstarted: no warning")
thrown = f()
try:
    thrown.throw(ValueError)
except ValueError:
    pass
del thrown
print("thrown unstarted: no warning")
fresh = f()
del fresh
print("fresh dropped: warning above")
