# __aenter__/__aexit__ that suspend: the driver sees their yields, in order
import types

@types.coroutine
def io(tag):
    yield tag

class Conn:
    async def __aenter__(self):
        await io("connect")
        return self

    async def __aexit__(self, *a):
        await io("disconnect")

async def main():
    async with Conn():
        await io("query")
    return "ok"

c = main()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print(e.value)
