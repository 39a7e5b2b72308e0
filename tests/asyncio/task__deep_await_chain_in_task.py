# A task awaiting a 300-deep chain of coroutines that suspends at the bottom resumes correctly.
import asyncio

async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await chain(n - 1)

async def main():
    t = asyncio.create_task(chain(300))
    print(await t)

asyncio.run(main())
