# An exception in the async with body cancels the children and is wrapped in the ExceptionGroup.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught", [repr(e) for e in eg.exceptions])

asyncio.run(main())
