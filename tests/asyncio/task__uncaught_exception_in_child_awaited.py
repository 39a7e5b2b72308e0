# Awaiting a failed task re-raises in the awaiter; traceback shows both coroutine frames.
import asyncio

async def child():
    await asyncio.sleep(0)
    raise RuntimeError("child failed")

async def main():
    t = asyncio.create_task(child())
    try:
        await t
    except RuntimeError:
        import traceback
        traceback.print_exc()
    print("handled")

asyncio.run(main())
