# shield passes results and exceptions through unchanged when nobody cancels.
import asyncio

async def good():
    await asyncio.sleep(0)
    return 10

async def bad():
    await asyncio.sleep(0)
    raise KeyError("k")

async def main():
    print(await asyncio.shield(good()))
    try:
        await asyncio.shield(bad())
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
