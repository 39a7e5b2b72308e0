# wait() returns sets holding the very task objects passed in.
import asyncio

async def main():
    a = asyncio.create_task(asyncio.sleep(0, result="a"))
    b = asyncio.create_task(asyncio.sleep(0.01, result="b"))
    done, pending = await asyncio.wait([a, b])
    print(type(done).__name__, a in done, b in done, len(pending))

asyncio.run(main())
