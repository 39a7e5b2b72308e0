# collections.abc subclass hooks for user classes defining the async protocol methods
from collections.abc import Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator

class OnlyAwait:
    def __await__(self):
        yield

class FullCoro(OnlyAwait):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass

class OnlyAiter:
    def __aiter__(self):
        return self

class AIterator(OnlyAiter):
    async def __anext__(self):
        raise StopAsyncIteration

class AGen(AIterator):
    async def asend(self, v): pass
    async def athrow(self, *a): pass
    async def aclose(self): pass

class NoneAwait:
    __await__ = None

for cls in (OnlyAwait, FullCoro, OnlyAiter, AIterator, AGen, NoneAwait):
    print(cls.__name__, [issubclass(cls, a) for a in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator)])
