# sleep(0) yields exactly once: a callback scheduled before it runs, one scheduled after does not yet.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "first callback")
    await asyncio.sleep(0)
    print("resumed")
    loop.call_soon(lambda: loop.call_soon(print, "nested callback"))
    await asyncio.sleep(0)
    print("resumed again")
    await asyncio.sleep(0)
    print("third")

asyncio.run(main())
