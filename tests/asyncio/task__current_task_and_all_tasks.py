# current_task() is the running task; all_tasks() holds every unfinished task.
import asyncio

async def child(ev):
    print("child current:", asyncio.current_task().get_name())
    await ev.wait()

async def main():
    print(asyncio.current_task().get_name())
    ev = asyncio.Event()
    ts = [asyncio.create_task(child(ev), name=f"c{i}") for i in range(3)]
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ev.set()
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
print(asyncio.current_task.__name__)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
