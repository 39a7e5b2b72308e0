# the return may come before the yield that makes it an async generator
async def agen(flag):
    if flag:
        return "early"
    yield 1
