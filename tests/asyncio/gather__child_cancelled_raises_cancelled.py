# A child cancelled from outside makes gather raise CancelledError (without return_exceptions).
import asyncio

async def child(d):
    await asyncio.sleep(d)
    return d

async def main():
    t1 = asyncio.create_task(child(0.05))
    t2 = asyncio.create_task(child(0.01))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("CancelledError; gather cancelled?", g.cancelled(), "t2 done?", t2.done())

asyncio.run(main())
