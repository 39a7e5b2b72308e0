# async for assigning to attribute and subscript targets
class NS:
    pass

async def gen():
    yield 1
    yield 2

async def main():
    ns = NS()
    d = {}
    async for ns.value in gen():
        print("attr", ns.value)
    async for d["k"] in gen():
        pass
    return d

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
