# A leftover task that raises (not CancelledError) during shutdown cancellation is reported on stderr.
import asyncio

async def background():
    try:
        await asyncio.get_running_loop().create_future()
    except asyncio.CancelledError:
        raise ValueError("failed while cancelling")

async def main():
    asyncio.create_task(background(), name="bg")
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")
