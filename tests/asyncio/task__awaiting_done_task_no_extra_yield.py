# Awaiting a task that already finished returns at once; no other task runs in between.
import asyncio

async def quick():
    return "q"

async def other():
    print("other ran")

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("t done:", t.done())
    asyncio.create_task(other())
    print(await t)
    print("before yielding")
    await asyncio.sleep(0)

asyncio.run(main())
