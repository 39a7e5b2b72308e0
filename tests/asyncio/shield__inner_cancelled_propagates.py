# If the shielded task itself is cancelled, the shield's awaiter gets CancelledError too.
import asyncio

async def inner():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(inner())
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("CancelledError; inner cancelled:", t.cancelled())

asyncio.run(main())
