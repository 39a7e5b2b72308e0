# aiter() calls __aiter__ and checks the result has __anext__
async def g():
    yield 1

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        print("__aiter__ called")
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

a = g()
print(aiter(a) is a)
c = Counter()
print(aiter(c) is c)

async def main():
    return [x async for x in aiter(Counter())]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
