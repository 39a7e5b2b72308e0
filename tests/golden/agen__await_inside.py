# await inside an async generator: suspensions pass through __anext__ awaitables to the driver
import types

@types.coroutine
def io(v):
    return (yield ("io", v))

async def producer():
    for i in range(2):
        got = await io(i)
        yield f"item {got}"

def drive(aw):
    value = None
    while True:
        try:
            req = aw.send(value)
        except StopIteration as e:
            return e.value
        print("driver handles", req)
        value = req[1] * 100

a = producer()
print(drive(a.__anext__()))
print(drive(a.__anext__()))
try:
    drive(a.__anext__())
except StopAsyncIteration:
    print("done")
