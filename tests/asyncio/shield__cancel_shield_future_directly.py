# Cancelling the outer future returned by shield() leaves the inner task running.
import asyncio

async def inner():
    await asyncio.sleep(0.02)
    return "inner ok"

async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", t.cancelled())
    print(await t)

asyncio.run(main())
