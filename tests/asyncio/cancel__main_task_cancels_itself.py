# The main task cancelling itself: asyncio.run raises CancelledError to the caller.
import asyncio

async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")

try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("CancelledError from asyncio.run", e.args)
