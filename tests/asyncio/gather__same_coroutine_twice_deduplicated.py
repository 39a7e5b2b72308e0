# Passing the same task twice to gather runs it once and repeats its result.
import asyncio

async def work():
    print("working")
    await asyncio.sleep(0)
    return 1

async def main():
    t = asyncio.create_task(work())
    print(await asyncio.gather(t, t, t))

asyncio.run(main())
