# aclose() on a suspended async generator runs its finally (which may await) and later iteration stops.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("agen cleanup done")

async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
