# async for over a class with __aiter__/__anext__ (async def __anext__ raising StopAsyncIteration)
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        if self.n <= 0:
            print("StopAsyncIteration")
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async for v in Countdown(3):
        print(v)

try:
    main().send(None)
except StopIteration:
    print("finished")
