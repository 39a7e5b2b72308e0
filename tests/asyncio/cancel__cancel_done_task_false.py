# cancel() on a finished task returns False and leaves its result.
import asyncio

async def quick():
    return "result"

async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled(), t.result())

asyncio.run(main())
