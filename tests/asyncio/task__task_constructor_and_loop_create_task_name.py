# asyncio.Task(coro) and loop.create_task(coro, name=) both schedule the coroutine.
import asyncio

async def v(x):
    return x

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.Task(v(1))
    t2 = loop.create_task(v(2), name="via-loop")
    print(t1.get_name(), t2.get_name())
    print(await t1, await t2)
    print(isinstance(t1, asyncio.Future), asyncio.Task.__mro__[1].__name__)

asyncio.run(main())
