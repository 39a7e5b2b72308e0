# Cancelling a task that another task awaits makes the awaiter raise CancelledError too (not itself cancelled).
import asyncio

async def inner():
    await asyncio.sleep(1)

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer got CancelledError")
        return "outer handled it"

async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0)
    t.cancel()
    print(await o, o.cancelled(), t.cancelled())

asyncio.run(main())
