# Tasks are named Task-N by default (main is Task-1); name= and set_name override.
import asyncio

async def noop():
    pass

async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name("renamed")
    t1.set_name(42)
    print(t1.get_name(), repr(t1.get_name()), t3.get_name())
    await asyncio.gather(t1, t2, t3)

asyncio.run(main())
