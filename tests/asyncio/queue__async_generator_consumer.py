# An async generator draining a queue until a sentinel, consumed with async for.
import asyncio

async def drain(q):
    while (item := await q.get()) is not None:
        yield item

async def producer(q):
    for i in range(4):
        await asyncio.sleep(0.01)
        await q.put(i * i)
    await q.put(None)

async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    print([x async for x in drain(q)])
    await p

asyncio.run(main())
