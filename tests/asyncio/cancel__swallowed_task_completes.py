# A task that catches CancelledError and returns normally is not cancelled.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "finished anyway"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

asyncio.run(main())
