# Three tasks each yielding with sleep(0) interleave round-robin.
import asyncio

async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(count("a", 3), count("b", 2), count("c", 3))

asyncio.run(main())
