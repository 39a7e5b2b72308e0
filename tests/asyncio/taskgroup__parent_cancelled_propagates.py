# Cancelling the task that owns a TaskGroup cancels the children and re-raises CancelledError.
# (Children are cancelled in set order, i.e. by address: the log is printed sorted.)
import asyncio

log = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        log.append(f"child {n} finally")

async def owner():
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(child(i))
    print("not reached")

async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled:", t.cancelled(), sorted(log))

asyncio.run(main())
