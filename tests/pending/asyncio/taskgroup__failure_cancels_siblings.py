# One child fails: siblings are cancelled (their finally runs) and an ExceptionGroup is raised.
import asyncio

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")

async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s1"))
            tg.create_task(failing())
            tg.create_task(sibling("s2"))
    except ExceptionGroup as eg:
        print(repr(eg))
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
