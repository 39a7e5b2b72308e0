# Cancelling the task awaiting a gather cancels the gather's children.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def parent():
    await asyncio.gather(child(1), child(2))

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    r = await asyncio.gather(p, return_exceptions=True)
    print(type(r[0]).__name__, p.cancelled())

asyncio.run(main())
