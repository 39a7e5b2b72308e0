# A future's exception consumed by an awaiting task is "retrieved": nothing is logged.
import asyncio

async def waiter(f):
    try:
        await f
    except OSError as e:
        print("waiter caught", repr(e))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.set_exception(OSError("io"))
    del f
    await t
    print("main end")

asyncio.run(main())
