# Cancelling the awaiter of shield() raises CancelledError there; the shielded task finishes.
import asyncio

async def important():
    await asyncio.sleep(0.02)
    print("important work finished")
    return "saved"

async def waiter(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled; inner done?", t.done())
        raise

async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.sleep(0.03)
    print(w.cancelled(), inner.result())

asyncio.run(main())
