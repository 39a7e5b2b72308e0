# a bare return inside an async generator ends it with StopAsyncIteration
async def until(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 1

async def main():
    return [x async for x in until(3)]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
