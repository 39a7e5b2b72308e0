# wait_for(coro, None) awaits the coroutine in the calling task; with a timeout it runs in a new task.
import asyncio

async def who():
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.wait_for(who(), None))
    print(await asyncio.wait_for(who(), 1))
    print(await asyncio.wait_for(who(), 1))

asyncio.run(main())
