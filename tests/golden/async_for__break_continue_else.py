# break, continue and else in async for
async def gen():
    for i in range(6):
        yield i

async def main():
    async for x in gen():
        if x % 2:
            continue
        if x == 4:
            print("break at", x)
            break
        print("even", x)
    else:
        print("else not reached")
    async for x in gen():
        pass
    else:
        print("else after exhaustion, last", x)
    async for x in gen():
        if x == 100:
            break
    else:
        print("else when no break")

try:
    main().send(None)
except StopIteration:
    pass
