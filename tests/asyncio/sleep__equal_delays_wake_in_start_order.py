# Tasks sleeping the same delay wake in the order they went to sleep.
import asyncio

async def nap(name):
    await asyncio.sleep(0.1)
    print("woke", name)

async def main():
    await asyncio.gather(*(nap(n) for n in "abcdefg"))

asyncio.run(main())
