# Iteration count: a ticker task prints one tick per loop pass; main resumes after gather of two coroutines at a fixed tick.
import asyncio

async def quick():
    await asyncio.sleep(0)
    return "q"

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
    r = await asyncio.gather(quick(), quick())
    print("main: resumed", r if not isinstance(r, tuple) else len(r))
    stop.append(1)
    await t

asyncio.run(main())
