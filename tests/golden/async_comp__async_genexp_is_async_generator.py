# (x async for x in ag) is an async generator object, consumed by async for or anext
async def gen():
    yield 1
    yield 2

async def main():
    ge = (x * 10 async for x in gen())
    print(type(ge).__name__, repr(ge).split(" at ")[0])
    print(ge.__name__, ge.__qualname__.endswith("<genexpr>"))
    print(await anext(ge))
    async for v in ge:
        print("rest", v)
    ge2 = (await v for v in [main2(1), main2(2)])
    print(type(ge2).__name__, [x async for x in ge2])

async def main2(x):
    return -x

try:
    main().send(None)
except StopIteration:
    pass
