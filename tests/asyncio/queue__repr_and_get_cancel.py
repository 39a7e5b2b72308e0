# Queue repr shows maxsize and contents; a cancelled get() leaves the item for the next getter.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    q.put_nowait("a")
    print(repr(q).split(" at ")[0], str(q))
    q.get_nowait()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    q.put_nowait("b")
    print(t.cancelled(), await q.get())

asyncio.run(main())
