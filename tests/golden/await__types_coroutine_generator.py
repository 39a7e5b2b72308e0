# types.coroutine generators can be awaited; values flow to the driver and back
import types

@types.coroutine
def request(what):
    answer = yield ("need", what)
    return answer

async def handler():
    a = await request("x")
    b = await request("y")
    return a + b

c = handler()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("result", e.value)
