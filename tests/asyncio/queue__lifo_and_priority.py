# LifoQueue pops the newest item; PriorityQueue pops the smallest.
import asyncio

async def main():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 4, 1, 5):
        lq.put_nowait(x)
        await pq.put((x, f"item{x}"))
    print([lq.get_nowait() for _ in range(5)])
    print([(await pq.get())[1] for _ in range(5)])

asyncio.run(main())
