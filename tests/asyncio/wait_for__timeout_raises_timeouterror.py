# wait_for times out: the inner task is cancelled and TimeoutError (== asyncio.TimeoutError) is raised.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
