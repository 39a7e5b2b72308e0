# Children may add tasks to the group while it is running; the group waits for all of them.
import asyncio

async def spawner(tg, n):
    await asyncio.sleep(0)
    print("spawn", n)
    if n < 3:
        tg.create_task(spawner(tg, n + 1))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
    print("group done")

asyncio.run(main())
