# Gathers nest: inner results become a list inside the outer result.
import asyncio

async def v(x):
    await asyncio.sleep(0)
    return x

async def main():
    inner = asyncio.gather(v(1), v(2))
    print(await asyncio.gather(inner, v(3), asyncio.gather(v(4))))

asyncio.run(main())
