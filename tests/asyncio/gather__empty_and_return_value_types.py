# gather() with no arguments is an already-finished future; the result is always a list.
import asyncio

async def main():
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result())
    print(type(await asyncio.gather(asyncio.sleep(0, result=(1, 2)))).__name__)

asyncio.run(main())
