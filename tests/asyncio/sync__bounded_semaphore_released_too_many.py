# BoundedSemaphore raises ValueError when released more times than acquired.
import asyncio

async def main():
    bs = asyncio.BoundedSemaphore(2)
    async with bs:
        print("inside, locked:", bs.locked())
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
