# A finished task can be awaited again and gives the same result.
import asyncio

async def once():
    print("runs once")
    await asyncio.sleep(0)
    return 5

async def main():
    t = asyncio.create_task(once())
    print(await t, await t)
    print(await asyncio.gather(t, t))

asyncio.run(main())
