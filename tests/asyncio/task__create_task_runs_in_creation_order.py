# Tasks start in creation order, only once the creator yields.
import asyncio

async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)

async def main():
    for n in "abc":
        asyncio.create_task(worker(n))
    print("created")
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")

asyncio.run(main())
