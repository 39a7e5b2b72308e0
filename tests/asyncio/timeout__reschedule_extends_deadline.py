# Rescheduling a timeout to a later deadline lets the body finish.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.1)
        print("finished inside extended deadline")
    print(cm.expired())

asyncio.run(main())
