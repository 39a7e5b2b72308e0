# A negative maxsize means unbounded (full() is never true).
import asyncio

async def main():
    q = asyncio.Queue(-1)
    for i in range(5):
        q.put_nowait(i)
    print(q.maxsize, q.full(), q.qsize())

asyncio.run(main())
