# run_until_complete does not cancel other tasks: they resume on the next run.
import asyncio

async def bg():
    for i in range(3):
        print("bg", i)
        await asyncio.sleep(0.01)
    return "bg done"

async def main():
    return "main done"

loop = asyncio.new_event_loop()
t = loop.create_task(bg())
print(loop.run_until_complete(main()))
print("bg done?", t.done())
print(loop.run_until_complete(t))
loop.close()
