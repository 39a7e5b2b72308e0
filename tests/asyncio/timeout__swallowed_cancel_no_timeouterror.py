# If the body swallows the timeout's CancelledError, no TimeoutError is raised but expired() is True.
import asyncio

async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("after block, expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
