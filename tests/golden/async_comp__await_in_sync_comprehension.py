# await inside an ordinary comprehension in an async function (element, condition, iterable)
async def double(x):
    return 2 * x

async def is_odd(x):
    return x % 2 == 1

async def items():
    return [1, 2, 3]

async def main():
    print([await double(x) for x in range(3)])
    print([x for x in range(6) if await is_odd(x)])
    print([x for x in await items()])
    print({x: await double(x) for x in (5, 6)})
    print({await double(x) for x in (1, 1, 2)})

try:
    main().send(None)
except StopIteration:
    pass
