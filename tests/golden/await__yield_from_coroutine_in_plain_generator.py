# a plain generator cannot `yield from` a coroutine; a types.coroutine generator can
import types

async def native():
    return "native result"

def plain():
    return (yield from native())

@types.coroutine
def bridged():
    return (yield from native())

try:
    next(plain())
except TypeError as e:
    print(type(e).__name__, e)

async def main():
    return await bridged()

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
