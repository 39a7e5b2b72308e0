# Semaphore(1) waiters are woken strictly in the order they started waiting.
import asyncio

async def user(name, sem):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0)

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(user(n, sem) for n in ("u1", "u2", "u3", "u4")))

asyncio.run(main())
