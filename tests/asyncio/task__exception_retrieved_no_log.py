# Calling exception() marks the exception retrieved: nothing is logged.
import asyncio

async def fail():
    raise ValueError("seen")

async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(repr(t.exception()))
    del t
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
