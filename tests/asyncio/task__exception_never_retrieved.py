# A task that fails and is never awaited logs "Task exception was never retrieved" when collected.
import asyncio

async def fail():
    raise ValueError("lost")

async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("done:", t.done())
    del t
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
