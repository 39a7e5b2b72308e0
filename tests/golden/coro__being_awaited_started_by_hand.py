# a coroutine suspended in an await (even driven by hand) cannot be awaited by another: uncaught RuntimeError
import types

@types.coroutine
def pause():
    yield "p"

async def inner():
    await pause()
    return "inner done"

async def outer(c):
    return await c

i = inner()
print(i.send(None))
o = outer(i)
try:
    print(o.send(None))
except StopIteration as e:
    print("outer returned", e.value)
