# CancelledError derives from BaseException, so `except Exception` does not catch it.
import asyncio

print(asyncio.CancelledError.__mro__)

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("wrongly caught")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("escaped except Exception")

asyncio.run(main())
