# a suspended coroutine that awaits again while being dropped: the RuntimeError is unraisable (stderr), not raised
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    finally:
        await pause()

c = f()
c.send(None)
del c
print("still running")
