# A busy task yielding with sleep(0) does not starve a due timer.
import asyncio

async def busy(stop):
    n = 0
    while not stop:
        n += 1
        await asyncio.sleep(0)
    print("busy stopped, yielded at least once:", n > 0)

async def main():
    stop = []
    t = asyncio.create_task(busy(stop))
    await asyncio.sleep(0.05)
    print("timer fired while busy task spins")
    stop.append(1)
    await t

asyncio.run(main())
