# From seed 004, "What is a coroutine?": "A coroutine can be wrapped in an asyncio.Task
# object and executed independently, as opposed to being executed directly within a
# coroutine." The passage has no code; this is the smallest program showing it
# (sleeps of 0.1 s). Task and awaiting coroutine interleave.
import asyncio


async def custom_coro():
    print("task: started")
    await asyncio.sleep(0.1)
    print("task: finished")
    return "task result"


async def main():
    task = asyncio.create_task(custom_coro())
    print("main: task created", type(task).__name__)
    await asyncio.sleep(0)
    print("main: doing other work")
    print("main:", await task)

asyncio.run(main())
