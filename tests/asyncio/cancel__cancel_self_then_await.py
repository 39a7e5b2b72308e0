# A task cancelling itself gets CancelledError at its next await, not immediately.
import asyncio

async def selfish():
    asyncio.current_task().cancel("self")
    print("still running after self-cancel")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
        raise

async def main():
    t = asyncio.create_task(selfish())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
