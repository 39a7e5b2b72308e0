# async for over objects without __aiter__: "'async for' requires an object with __aiter__ method, got T"
async def loop(obj):
    async for x in obj:
        pass

for obj in (1, [1, 2], "s", None, iter([])):
    try:
        loop(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)
