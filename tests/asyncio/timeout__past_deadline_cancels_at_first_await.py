# A deadline already in the past: the body runs until its first await, which raises.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
