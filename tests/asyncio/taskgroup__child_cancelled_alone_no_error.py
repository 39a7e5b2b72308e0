# A child cancelled individually does not fail the group.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sleeper(1))
        b = tg.create_task(sleeper(0.01))
        await asyncio.sleep(0)
        a.cancel()
    print(a.cancelled(), b.result())

asyncio.run(main())
