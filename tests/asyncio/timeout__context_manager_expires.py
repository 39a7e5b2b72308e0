# asyncio.timeout(): expiry turns the CancelledError into TimeoutError at the async with.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print(type(cm).__name__, cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("TimeoutError, expired:", cm.expired())
    async with asyncio.timeout(0.2) as cm2:
        await asyncio.sleep(0.01)
    print("in time, expired:", cm2.expired())

asyncio.run(main())
