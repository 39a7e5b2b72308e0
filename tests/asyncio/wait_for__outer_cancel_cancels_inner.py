# Cancelling the task blocked in wait_for cancels the inner awaitable too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("outer cancelled (not TimeoutError)")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
