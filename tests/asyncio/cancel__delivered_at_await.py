# cancel() takes effect at the task's next await: code before it still runs.
import asyncio

async def worker():
    print("step 1")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("CancelledError at the await")
        raise
    print("never")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError", t.cancelled())

asyncio.run(main())
