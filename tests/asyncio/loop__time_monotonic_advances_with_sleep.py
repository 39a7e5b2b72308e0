# loop.time() never goes backwards and advances by (about) the slept time.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    prev = t0
    for d in (0.1, 0.1, 0.1):
        await asyncio.sleep(d)
        now = loop.time()
        print(now >= prev, round(now - t0, 1))
        prev = now

asyncio.run(main())
