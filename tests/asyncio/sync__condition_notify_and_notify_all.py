# Condition: notify(n) wakes n waiters in FIFO order, notify_all the rest.
import asyncio

async def consumer(name, cond, log):
    async with cond:
        await cond.wait()
        print(name, "notified")

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(consumer(f"c{i}", cond, None)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)

asyncio.run(main())
