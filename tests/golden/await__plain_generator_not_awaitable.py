# a plain generator (not types.coroutine) is not awaitable
def gen():
    yield 1

async def main():
    g = gen()
    try:
        await g
    except TypeError as e:
        print(type(e).__name__, e)
    print(next(g))

try:
    main().send(None)
except StopIteration:
    pass
