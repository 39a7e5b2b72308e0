# A future (or task) whose result contains itself shows "..." (reprlib.recursive_repr);
# nested lists stop at reprlib's depth.
import asyncio

async def returns_itself():
    return asyncio.current_task()

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(f)
    print(repr(f))
    l = []
    l.append(l)
    g = loop.create_future()
    g.set_result(l)
    print(repr(g))
    t = asyncio.create_task(returns_itself(), name="self")
    await t
    print(repr(t))
    h = loop.create_future()
    h.set_result([f, (g,)])
    print(repr(h))

asyncio.run(main())
