# __anext__ may be a plain method returning any awaitable (here an object with __await__)
class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if self.v is None:
            raise StopAsyncIteration
        yield ("tick", self.v)
        return self.v

class Source:
    def __init__(self):
        self.items = [1, 2, None]

    def __aiter__(self):
        return self

    def __anext__(self):
        return Ready(self.items.pop(0))

async def main():
    got = []
    async for v in Source():
        got.append(v)
    return got

c = main()
try:
    while True:
        print("driver saw", c.send(None))
except StopIteration as e:
    print(e.value)
