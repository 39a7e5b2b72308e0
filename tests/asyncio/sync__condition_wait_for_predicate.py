# Condition.wait_for re-checks its predicate after each notify.
import asyncio

state = {"n": 0}

async def watcher(cond):
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= 3)
        print("predicate true:", r, state["n"])

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(watcher(cond))
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await t

asyncio.run(main())
