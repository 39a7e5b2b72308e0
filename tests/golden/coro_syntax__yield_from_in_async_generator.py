# yield from in an async generator (which also has yield)
async def f():
    yield 1
    yield from [2]
