# an async generator suspended inside async with: aclose() makes __aexit__ see GeneratorExit
class CM:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return False

async def g():
    async with CM():
        yield 1
        yield 2

a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.aclose().send(None)
except StopIteration:
    print("closed")
