# Once a waiter is queued, a release hands the Lock to it: the releaser's re-acquire waits its turn.
import asyncio

async def greedy(lock, ready):
    for i in range(2):
        async with lock:
            print("greedy", i)
            await ready.wait()

async def polite(lock, ready):
    ready.set()
    async with lock:
        print("polite")

async def main():
    lock = asyncio.Lock()
    ready = asyncio.Event()
    g = asyncio.create_task(greedy(lock, ready))
    await asyncio.sleep(0)
    p = asyncio.create_task(polite(lock, ready))
    await asyncio.gather(g, p)

asyncio.run(main())
