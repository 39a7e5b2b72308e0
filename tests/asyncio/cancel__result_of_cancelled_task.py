# t.result() of a cancelled task raises CancelledError carrying the cancel message.
import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("bye")
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

asyncio.run(main())
