# nested async for loops with tuple-unpacking targets
async def pairs(n):
    for i in range(n):
        yield i, chr(97 + i)

async def main():
    async for i, ch in pairs(2):
        async for j, ch2 in pairs(3):
            if j > i:
                break
            print(i, ch, j, ch2)
    async for (a, b), c in ((p, 0) async for p in pairs(2)):
        print(a, b, c)

try:
    main().send(None)
except StopIteration:
    pass
