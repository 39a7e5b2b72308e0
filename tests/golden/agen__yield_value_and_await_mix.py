# an async generator awaiting coroutines between yields, consumed by async for
async def fetch(i):
    return i * i

async def squares(n):
    for i in range(n):
        v = await fetch(i)
        yield v

async def main():
    out = []
    async for s in squares(4):
        out.append(s)
    return out

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
