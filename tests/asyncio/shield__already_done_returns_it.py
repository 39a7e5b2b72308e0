# shield of an already-finished future returns that same future.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("done")
    s = asyncio.shield(f)
    print(s is f, await s)
    t = asyncio.create_task(asyncio.sleep(0, result=1))
    s2 = asyncio.shield(t)
    print(s2 is t, type(s2).__name__)
    print(await s2)

asyncio.run(main())
