# A holder that releases and re-acquires before the next task has even asked keeps the Lock (no waiter yet).
import asyncio

async def greedy(lock):
    for i in range(2):
        async with lock:
            print("greedy", i)
            await asyncio.sleep(0)

async def polite(lock):
    async with lock:
        print("polite")

async def main():
    lock = asyncio.Lock()
    g = asyncio.create_task(greedy(lock))
    await asyncio.sleep(0)
    p = asyncio.create_task(polite(lock))
    await asyncio.gather(g, p)

asyncio.run(main())
