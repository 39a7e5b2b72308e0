# After cancellation the finally block runs and may await before the task ends cancelled.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally start")
        await asyncio.sleep(0.01)
        print("finally end")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("after one yield, done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

asyncio.run(main())
