# __await__ must return an iterator: "__await__() returned non-iterator of type ..."
class Bad:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v

class Iterable:
    def __iter__(self):
        return iter([1])

async def main(x):
    return await x

for v in (5, None, [1, 2], (1,), "str", Iterable()):
    try:
        main(Bad(v)).send(None)
    except TypeError as e:
        print(type(e).__name__, e)
