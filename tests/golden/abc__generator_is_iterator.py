# coil's generator type is a collections.abc Generator / Iterator / Iterable
from collections.abc import Generator, Iterator, Iterable, Awaitable, Coroutine
def gen():
    x = yield 1
    yield x
g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(g, Iterable))
print(isinstance(g, Awaitable), isinstance(g, Coroutine), isinstance(gen, Generator))
print(issubclass(type(g), Generator), type(g).__name__)
print(isinstance((x for x in []), Generator), isinstance(iter([]), Generator))
