# async comprehension over a class implementing __aiter__/__anext__, with errors from a bad __aiter__
class Ticks:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    print([t async for t in Ticks(3)])
    plain = [1, 2]
    try:
        [t async for t in plain]
    except TypeError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    pass
