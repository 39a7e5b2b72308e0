# nested and mixed comprehensions: async for inside sync for and vice versa
async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([(i, j) for i in range(2) async for j in agen(2)])
    print([(i, j) async for i in agen(2) for j in range(i + 1)])
    print([[j async for j in agen(i)] async for i in agen(3)])
    print([[j async for j in agen(i)] for i in range(3)])

try:
    main().send(None)
except StopIteration:
    pass
