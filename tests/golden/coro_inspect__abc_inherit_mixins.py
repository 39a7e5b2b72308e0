# subclassing collections.abc async ABCs: abstract method errors and inherited mixins
from collections.abc import AsyncIterator, AsyncGenerator, Awaitable, Coroutine

class Incomplete(AsyncIterator):
    pass

try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

class Numbers(AsyncIterator):
    def __init__(self):
        self.n = 0

    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

nums = Numbers()
print(nums.__aiter__() is nums)

class Gen(AsyncGenerator):
    def __init__(self):
        self.i = 0

    async def asend(self, value):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i

    async def athrow(self, typ, val=None, tb=None):
        print("athrow", typ.__name__)
        raise typ

async def main():
    print([x async for x in Numbers()])
    g = Gen()
    print(await g.__anext__(), await g.asend(None))
    print(await g.aclose())

try:
    main().send(None)
except StopIteration:
    pass

class Co(Coroutine):
    def send(self, v):
        raise StopIteration(v)

    def throw(self, typ, val=None, tb=None):
        raise typ

    def __await__(self):
        return iter([])

co = Co()
print(isinstance(co, Awaitable))
try:
    co.close()
    print("close ok")
except RuntimeError as e:
    print(type(e).__name__, e)
