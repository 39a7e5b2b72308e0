# aclose() of an async generator whose finally awaits: the await's yields reach the aclose driver
import types

@types.coroutine
def io(tag):
    return (yield tag)

async def g():
    try:
        yield "item"
    finally:
        got = await io("flush")
        print("finally got", got)

a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
ac = a.aclose()
print("aclose yields", ac.send(None))
try:
    ac.send("flushed")
except StopIteration as e:
    print("aclose finished", e.value)
