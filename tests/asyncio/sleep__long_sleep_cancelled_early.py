# A long sleep cancelled by a timer ends at the cancel time (elapsed rounded).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(asyncio.sleep(3600))
    loop.call_later(0.1, t.cancel)
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after", round(loop.time() - t0, 1))

asyncio.run(main())
