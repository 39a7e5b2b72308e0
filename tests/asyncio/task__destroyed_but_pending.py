# A pending task on a loop that is closed without finishing it: "Task was destroyed but it is pending!".
import asyncio

async def forever():
    await asyncio.get_running_loop().create_future()

loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name="stuck")
loop.run_until_complete(asyncio.sleep(0.01))
print(task.done())
loop.close()
del task
print("end")
