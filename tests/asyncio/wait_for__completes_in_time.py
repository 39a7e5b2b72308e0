# wait_for returns the result when the awaitable finishes first; timeout=None waits forever.
import asyncio

async def quick(x):
    await asyncio.sleep(0.01)
    return x

async def main():
    print(await asyncio.wait_for(quick("fast"), timeout=0.2))
    print(await asyncio.wait_for(quick("no timeout"), None))

asyncio.run(main())
