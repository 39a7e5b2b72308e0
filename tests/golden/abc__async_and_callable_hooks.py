# Awaitable/Coroutine/AsyncIterable/AsyncIterator/Callable hooks on user classes
from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Callable)
class AIt:
    def __aiter__(self): return self
class AIt2(AIt):
    def __anext__(self): pass
print(isinstance(AIt(), AsyncIterable), isinstance(AIt(), AsyncIterator), isinstance(AIt2(), AsyncIterator))
class Aw:
    def __await__(self):
        yield
print(isinstance(Aw(), Awaitable), isinstance(Aw(), Coroutine))
class Co(Aw):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
print(isinstance(Co(), Coroutine), issubclass(Co, Awaitable), issubclass(Co, AsyncGenerator))
class AG(AIt2):
    def asend(self, v): pass
    def athrow(self, *a): pass
    def aclose(self): pass
print(isinstance(AG(), AsyncGenerator))
class Call:
    def __call__(self): pass
print(isinstance(Call(), Callable), isinstance(Call, Callable), isinstance(len, Callable), isinstance(1, Callable))
print(isinstance(print, Callable), isinstance([].append, Callable), isinstance(lambda: 0, Callable))
