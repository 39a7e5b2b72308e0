# An exception from as_completed surfaces when that future is awaited.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    if x < 0:
        raise ValueError(x)
    return x

async def main():
    for fut in asyncio.as_completed([v(1, 0.01), v(-2, 0.02), v(3, 0.03)]):
        try:
            print("ok", await fut)
        except ValueError as e:
            print("ValueError", e)

asyncio.run(main())
