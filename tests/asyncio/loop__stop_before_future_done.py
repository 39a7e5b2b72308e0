# loop.stop() inside run_until_complete: "Event loop stopped before Future completed."
import asyncio

async def main():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)
    print("resumed on the next run")
    return "finished"

loop = asyncio.new_event_loop()
task = loop.create_task(main())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print(task.done())
print(loop.run_until_complete(task))
loop.close()
