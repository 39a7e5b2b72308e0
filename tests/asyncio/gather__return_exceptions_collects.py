# return_exceptions=True puts exceptions (including CancelledError) in the result list.
import asyncio

async def ok(x):
    await asyncio.sleep(0)
    return x

async def bad(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)

async def main():
    c = asyncio.create_task(ok("cancelled one"))
    c.cancel()
    res = await asyncio.gather(ok(1), bad("boom"), ok(3), c, return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))

asyncio.run(main())
