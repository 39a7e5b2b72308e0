# A timeout inside a task that had a cancellation requested (and swallowed) earlier still
# raises TimeoutError: the timeout compares against the cancel count seen at entry.
import asyncio

async def main():
    t = asyncio.current_task()
    t.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("caught", t.cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError")
    except asyncio.CancelledError:
        print("CancelledError")
    print(t.cancelling())

asyncio.run(main())
