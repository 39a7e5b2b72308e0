# __aiter__ returning something without __anext__ (3.11 message)
class ReturnsInt:
    def __aiter__(self):
        return 1

class ReturnsSelfNoAnext:
    def __aiter__(self):
        return self

class ReturnsList:
    def __aiter__(self):
        return [1, 2]

async def loop(obj):
    async for x in obj:
        pass

for obj in (ReturnsInt(), ReturnsSelfNoAnext(), ReturnsList()):
    try:
        loop(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)
