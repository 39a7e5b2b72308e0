# Tasks that have finished and are no longer referenced are forgotten by the loop's task
# registry (CPython keeps tasks in a WeakSet): all_tasks() sees only the live ones, however
# many were created before.
import asyncio


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    total = 0
    for i in range(20000):
        total += await asyncio.create_task(work(i))
    print(total)
    keep = [asyncio.create_task(work(i)) for i in range(3)]
    print(len(asyncio.all_tasks()))  # main + the 3 kept
    print(sum(await asyncio.gather(*keep)))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
