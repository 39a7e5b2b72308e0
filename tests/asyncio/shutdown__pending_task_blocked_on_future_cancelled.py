# A task blocked forever on a future nobody resolves is cancelled by asyncio.run at shutdown.
import asyncio

async def stuck(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("stuck task cancelled; future cancelled too:", fut.cancelled())
        raise

async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(stuck(fut))
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
