# A child raising a BaseException (SystemExit) is re-raised as-is, not wrapped in an ExceptionGroup.
import asyncio

async def leave():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("sibling finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(leave())
    except SystemExit as e:
        print("SystemExit", e.code)

asyncio.run(main())
