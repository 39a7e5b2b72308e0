# swallowing GeneratorExit and returning is fine: close() returns None, no error
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    except GeneratorExit:
        print("swallowed")
        return "ignored value"

c = f()
c.send(None)
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
