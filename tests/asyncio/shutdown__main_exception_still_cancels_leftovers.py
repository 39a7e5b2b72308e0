# When main raises, asyncio.run still cancels leftover tasks before propagating.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    raise KeyError("main failed")

try:
    asyncio.run(main())
except KeyError as e:
    print("KeyError", e)
