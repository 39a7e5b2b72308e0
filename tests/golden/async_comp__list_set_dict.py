# async list/set/dict comprehensions over an async generator
async def gen(n):
    for i in range(n):
        yield i

async def main():
    print([x * 2 async for x in gen(4)])
    print(sorted({x % 3 async for x in gen(7)}))
    print({x: chr(65 + x) async for x in gen(3)})
    print([x async for x in gen(10) if x % 4 == 0])
    print([x async for x in gen(0)])

try:
    main().send(None)
except StopIteration:
    pass
