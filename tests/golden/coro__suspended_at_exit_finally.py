# a module-level coroutine still suspended at interpreter exit is closed then: its finally prints at exit, no warning
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    finally:
        print("finally at exit")

c = f()
c.send(None)
print("end of script")
