# an exception other than StopAsyncIteration from __anext__ propagates out of async for
class Flaky:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise OSError("device gone")
        return self.n

async def main():
    async for v in Flaky():
        print(v)

main().send(None)
