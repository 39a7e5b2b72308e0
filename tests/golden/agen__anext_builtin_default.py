# anext(ag) and anext(ag, default): the default replaces StopAsyncIteration
async def two():
    yield "a"
    yield "b"

async def main():
    g = two()
    print(await anext(g))
    print(await anext(g, "dflt"))
    print(await anext(g, "dflt"))
    print(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

try:
    main().send(None)
except StopIteration:
    pass
