# cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelling in handler:", t.cancelling())
        print("uncancel ->", t.uncancel())
    await asyncio.sleep(0)
    return "recovered"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    print(await t)

asyncio.run(main())
