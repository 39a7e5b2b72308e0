# tg.create_task after the group finished raises RuntimeError; the caller closes the coroutine.
import asyncio

async def noop():
    pass

async def main():
    async with asyncio.TaskGroup() as tg:
        pass
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    print(repr(tg))

asyncio.run(main())
