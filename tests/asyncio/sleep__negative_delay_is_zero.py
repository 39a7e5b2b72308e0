# A negative delay behaves like sleep(0).
import asyncio

async def other():
    print("other")

async def main():
    asyncio.create_task(other())
    await asyncio.sleep(-5)
    print("main")

asyncio.run(main())
