# One child fails: siblings are cancelled (their finally runs) and an ExceptionGroup is raised.
# (TaskGroup cancels siblings in set order, i.e. by address: the log is printed sorted.)
import asyncio

log = []

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")

async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s1"))
            tg.create_task(failing())
            tg.create_task(sibling("s2"))
    except ExceptionGroup as eg:
        print(sorted(log))
        print(repr(eg))
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
