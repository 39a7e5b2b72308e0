# timeout_at(absolute deadline) expires at loop.time() + delay.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout_at(t0 + 0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError", round(loop.time() - t0, 1))

asyncio.run(main())
