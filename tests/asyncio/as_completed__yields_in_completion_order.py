# as_completed yields awaitables in completion order.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    aws = [v("c", 0.03), v("a", 0.01), v("b", 0.02)]
    for fut in asyncio.as_completed(aws):
        print(await fut)

asyncio.run(main())
