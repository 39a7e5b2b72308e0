# Iteration count: a ticker task prints one tick per loop pass; main resumes after a Queue.get satisfied by another task at a fixed tick.
import asyncio

async def queue_one():
    q = asyncio.Queue()
    async def putter():
        await q.put("item")
    asyncio.create_task(putter())
    return await q.get()

async def ticker(stop):
    n = 0
    while not stop:
        print("tick", n)
        n += 1
        await asyncio.sleep(0)

async def main():
    stop = []
    t = asyncio.create_task(ticker(stop))
    await asyncio.sleep(0)
    print("main: start")
    r = await queue_one()
    print("main: resumed", r if not isinstance(r, tuple) else len(r))
    stop.append(1)
    await t

asyncio.run(main())
