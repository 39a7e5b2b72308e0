# 2000 tasks x 20 sleep(0) switches: all finish, results in order (bounded stack, FIFO fairness).
import asyncio

async def worker(i):
    for _ in range(20):
        await asyncio.sleep(0)
    return i

async def main():
    res = await asyncio.gather(*(worker(i) for i in range(2000)))
    print(len(res), res[:3], res[-3:], sum(res))

asyncio.run(main())
