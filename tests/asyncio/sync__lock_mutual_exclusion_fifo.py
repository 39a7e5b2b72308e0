# Lock serialises critical sections; waiters acquire in FIFO order.
import asyncio

async def worker(name, lock):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock")
        await asyncio.sleep(0.01)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(n, lock) for n in "abc"))
    print(lock.locked())

asyncio.run(main())
