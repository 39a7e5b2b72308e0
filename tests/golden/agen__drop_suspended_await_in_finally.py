# dropping a suspended async generator whose finally awaits: unraisable RuntimeError on stderr
import types

@types.coroutine
def pause():
    yield

async def g():
    try:
        yield 1
    finally:
        print("finally starts")
        await pause()
        print("never")

a = g()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
del a
print("after drop")
