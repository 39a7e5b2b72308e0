# Nested TaskGroups: an inner failure propagates as a nested ExceptionGroup.
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        inner = eg.exceptions[0]
        print(type(inner).__name__, repr(inner.exceptions[0]))

asyncio.run(main())
