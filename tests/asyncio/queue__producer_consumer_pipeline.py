# Two producers and one consumer with a shared bounded queue: a deterministic interleaving.
import asyncio

async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print("produced", f"{name}{i}")
        await asyncio.sleep(0)

async def consumer(q, total):
    for _ in range(total):
        print("consumed", await q.get())
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q, 5))
    await asyncio.gather(producer("a", q, 3), producer("b", q, 2))
    await q.join()
    await c

asyncio.run(main())
