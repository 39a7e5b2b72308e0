# Semaphore(2) lets two workers in at a time; the others queue in order.
import asyncio

active = 0

async def worker(name, sem):
    global active
    async with sem:
        active += 1
        print(name, "in, active =", active)
        await asyncio.sleep(0.01)
        active -= 1
        print(name, "out")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(f"w{i}", sem) for i in range(5)))
    print("locked:", sem.locked())

asyncio.run(main())
