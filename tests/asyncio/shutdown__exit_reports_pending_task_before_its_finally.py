# At exit a task still pending on an unclosed loop is reported, then its coroutine's finally runs.
import asyncio

async def spinner():
    try:
        for i in range(5):
            print("spin", i)
            await asyncio.sleep(0)
    finally:
        print("spinner finally")

async def main():
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("after first run")
loop.run_until_complete(asyncio.sleep(0))
print("end")
