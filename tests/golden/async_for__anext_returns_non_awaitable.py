# __anext__ returning a non-awaitable: "'async for' received an invalid object from __anext__: T"
class Sync:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42

async def loop():
    async for x in Sync():
        print("never", x)

loop().send(None)
