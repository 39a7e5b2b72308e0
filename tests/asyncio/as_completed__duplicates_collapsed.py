# as_completed deduplicates the same awaitable passed twice.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result="once"))
    print([await x for x in asyncio.as_completed([t, t, t])])

asyncio.run(main())
