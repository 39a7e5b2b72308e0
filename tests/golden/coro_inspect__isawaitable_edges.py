# inspect.isawaitable on classes vs instances, non-callable __await__, and Coroutine ABC subclasses
import inspect
from collections.abc import Coroutine

class Aw:
    def __await__(self):
        return iter([])

class NotCallable:
    __await__ = 5

class Co(Coroutine):
    def send(self, v):
        raise StopIteration
    def throw(self, *a):
        raise StopIteration
    def __await__(self):
        return iter([])

print(inspect.isawaitable(Aw), inspect.isawaitable(Aw()))
print(inspect.isawaitable(NotCallable()))
print(inspect.isawaitable(Co()), inspect.iscoroutine(Co()))

async def main():
    try:
        await NotCallable()
    except TypeError as e:
        print(type(e).__name__, e)
    print(await Co())

try:
    main().send(None)
except StopIteration:
    pass
