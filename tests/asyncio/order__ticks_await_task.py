# Iteration count: a ticker task prints one tick per loop pass; main resumes after awaiting a new task at a fixed tick.
import asyncio

async def quick():
    await asyncio.sleep(0)
    return "q"

async def tg_one():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick())

async def timeout_one():
    async with asyncio.timeout(10):
        return await quick()

async def two_sleeps():
    await asyncio.sleep(0)
    await asyncio.sleep(0)

async def event_one():
    ev = asyncio.Event()
    async def setter():
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()

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
    r = await asyncio.create_task(quick())
    print("main: resumed", r if not isinstance(r, tuple) else len(r))
    stop.append(1)
    await t

asyncio.run(main())
