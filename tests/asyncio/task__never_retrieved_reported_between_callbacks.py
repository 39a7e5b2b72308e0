# A failed task nobody retrieves is reported as soon as it is dropped, between two callbacks.
import asyncio, sys
async def fail():
    raise ValueError("lost")
async def other():
    print("other runs", file=sys.stderr)
async def main():
    asyncio.create_task(fail())
    asyncio.create_task(other())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end", file=sys.stderr)
asyncio.run(main())
