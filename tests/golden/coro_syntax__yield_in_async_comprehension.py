# yield inside an async comprehension
async def f(ag):
    return [(yield x) async for x in ag]
