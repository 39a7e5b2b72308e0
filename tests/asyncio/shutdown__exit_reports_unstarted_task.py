# A task created on a loop that never runs: destroyed pending at exit, its coroutine never awaited.
import asyncio

async def forever():
    await asyncio.sleep(1)

loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name="never started")
print(task.done())
