# isfuture / iscoroutine / iscoroutinefunction classify objects.
import asyncio

async def cf():
    pass

def plain():
    pass

async def main():
    f = asyncio.get_running_loop().create_future()
    c = cf()
    t = asyncio.create_task(cf())
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(c), asyncio.isfuture(1))
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(f), asyncio.iscoroutine(plain))
    print(asyncio.iscoroutinefunction(cf), asyncio.iscoroutinefunction(plain))
    c.close()
    f.cancel()
    await t

asyncio.run(main())
