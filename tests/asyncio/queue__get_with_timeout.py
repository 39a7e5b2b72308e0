# wait_for(q.get(), timeout) on an empty queue times out and leaves no stale getter behind.
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("TimeoutError")
    q.put_nowait("later")
    print(await asyncio.wait_for(q.get(), 0.1))
    print(q.qsize())

asyncio.run(main())
