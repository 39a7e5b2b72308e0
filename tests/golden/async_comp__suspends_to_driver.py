# an async comprehension whose generator awaits: each suspension reaches the driver
import types

@types.coroutine
def io(v):
    return (yield v)

async def source():
    for i in range(3):
        yield await io(i)

async def main():
    return [x async for x in source()]

c = main()
v = c.send(None)
try:
    while True:
        print("driver got", v)
        v = c.send(v + 100)
except StopIteration as e:
    print(e.value)
