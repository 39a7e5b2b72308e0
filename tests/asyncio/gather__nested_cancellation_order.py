# Cancelling a task awaiting nested gathers (and a shield) cancels the leaves first, then the
# awaiting coroutines outwards, as CPython orders it.
import asyncio
async def leaf(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("leaf", n, "cancelled", e.args)
        raise
async def mid(n):
    try:
        return await asyncio.gather(leaf(n + "1"), leaf(n + "2"))
    except asyncio.CancelledError as e:
        print("mid", n, "cancelled", e.args)
        raise
async def top():
    try:
        await asyncio.gather(mid("a"), mid("b"), asyncio.shield(leaf("s")))
    except asyncio.CancelledError as e:
        print("top cancelled", e.args)
        raise
async def main():
    t = asyncio.create_task(top())
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel("bye"))
    res = await asyncio.gather(t, return_exceptions=True)
    print(repr(res[0]), t.cancelled(), t.cancelling())
    await asyncio.sleep(2)
asyncio.run(main())
