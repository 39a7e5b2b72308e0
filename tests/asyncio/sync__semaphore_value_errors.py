# Semaphore rejects a negative initial value; plain Semaphore may be released above its start.
import asyncio

async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    print(await s.acquire(), await s.acquire(), s.locked())
    print(repr(s).split(" [")[1])

asyncio.run(main())
