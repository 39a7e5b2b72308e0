# await as call argument, in f-strings, conditional expressions, operators, subscripts, chained
async def v(x):
    return x

async def get_coro():
    return v("nested")

async def main():
    print(max(await v(3), await v(7)))
    print(f"value={await v(5)} twice={await v(5) * 2}")
    print("yes" if await v(True) else "no", await v(0) or "falsy")
    print(await v(2) ** 3, -await v(4), (await v([10, 20]))[1])
    print(await (await get_coro()))
    d = {await v("k"): await v("val")}
    print(d, [await v(i) for i in range(3)])
    x = await v(1) + await v(2)
    return x

try:
    main().send(None)
except StopIteration as e:
    print("returned", e.value)
