# timeout(None) never expires until reschedule(); when() reports the deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print(cm.when())
            cm.reschedule(loop.time() + 0.02)
            print(cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError after reschedule")

asyncio.run(main())
