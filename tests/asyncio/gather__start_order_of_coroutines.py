# gather wraps coroutines in tasks in argument order; they start in that order.
import asyncio

async def step(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name

async def main():
    print(await asyncio.gather(step(1), step(2), step(3)))

asyncio.run(main())
