# An exception inside the awaited coroutine propagates through wait_for unchanged.
import asyncio

async def bad():
    await asyncio.sleep(0)
    raise LookupError("inner")

async def main():
    try:
        await asyncio.wait_for(bad(), 1)
    except LookupError as e:
        print("LookupError", e)

asyncio.run(main())
