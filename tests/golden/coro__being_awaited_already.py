# two coroutines awaiting one suspended coroutine: "coroutine is being awaited already"
import types

@types.coroutine
def pause():
    yield "suspended"

async def shared():
    await pause()
    return "shared result"

s = shared()

async def first():
    return await s

async def second():
    try:
        return await s
    except RuntimeError as e:
        print(type(e).__name__, e)
        return "second gave up"

a, b = first(), second()
print(a.send(None))
try:
    b.send(None)
except StopIteration as e:
    print(e.value)
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
