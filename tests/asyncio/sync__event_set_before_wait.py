# Waiting on an already-set Event returns True without letting other tasks run.
import asyncio

async def other():
    print("other ran")

async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.create_task(other())
    print(await ev.wait())
    print("no yield yet")
    await asyncio.sleep(0)

asyncio.run(main())
