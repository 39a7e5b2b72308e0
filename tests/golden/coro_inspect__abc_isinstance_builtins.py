# collections.abc ABCs against builtin coroutine, async generator, generator and wrapper objects
from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Iterator, Generator, Iterable)
import types

async def co():
    pass

async def ag():
    yield

def gen():
    yield

@types.coroutine
def gco():
    yield

c = co()
objs = [("coroutine", c), ("async_generator", ag()), ("generator", gen()),
        ("types.coroutine generator", gco()), ("coroutine_wrapper", c.__await__())]
abcs = [Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterator, Generator, Iterable]
print([a.__name__ for a in abcs])
for name, o in objs:
    print(name, [isinstance(o, a) for a in abcs])
print(issubclass(types.CoroutineType, Coroutine), issubclass(types.AsyncGeneratorType, AsyncGenerator))
c.close()
