# async comprehensions and awaits inside an async generator body, consumed by anext()
async def src(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def batches():
    yield [x async for x in src(3)]
    yield {await double(x) async for x in src(2)}
    yield {x: [y async for y in src(x)] async for x in src(3)}

async def main():
    b = batches()
    print(await anext(b))
    print(await anext(b))
    print(await anext(b))
    print(await anext(b, "exhausted"))

try:
    main().send(None)
except StopIteration:
    pass
