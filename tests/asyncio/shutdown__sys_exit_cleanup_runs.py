# SystemExit from main still lets asyncio.run cancel leftover tasks (their finally runs) before exit.
import asyncio, sys

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    sys.exit("fatal: giving up")

asyncio.run(main())
