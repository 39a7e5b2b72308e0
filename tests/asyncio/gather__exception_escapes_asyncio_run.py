# An exception from a gather child escapes main: the child is awaited via the gather, caught at top level.
import asyncio, traceback

async def fail():
    await asyncio.sleep(0)
    return 1 / 0

async def main():
    await asyncio.gather(fail())

try:
    asyncio.run(main())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
