# Iteration count: a ticker task prints one tick per loop pass; main resumes after two sleep(0) calls at a fixed tick.
import asyncio

async def two_sleeps():
    await asyncio.sleep(0)
    await asyncio.sleep(0)

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
    r = await two_sleeps()
    print("main: resumed", r if not isinstance(r, tuple) else len(r))
    stop.append(1)
    await t

asyncio.run(main())
