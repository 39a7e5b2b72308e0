# A task suspended awaiting another task: repr shows the line it waits at and wait_for=<Task ...>.
import asyncio

async def inner():
    await asyncio.sleep(0.05)

async def outer(t):
    await t

async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0)
    r = repr(o)
    print(r[:r.index(" wait_for=")] + ">")
    print("wait_for=<Task pending name='inner'" in r)
    await o

asyncio.run(main())
