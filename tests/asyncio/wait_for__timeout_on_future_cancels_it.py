# wait_for on a plain future that times out cancels that future.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(f, 0.01)
    except TimeoutError:
        print("TimeoutError; future cancelled:", f.cancelled())

asyncio.run(main())
