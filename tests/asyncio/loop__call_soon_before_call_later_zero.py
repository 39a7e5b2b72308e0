# call_later(0) is a timer: call_soon callbacks already queued run first, then the timer.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later 0")
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    await asyncio.sleep(0.01)
    print("end")

asyncio.run(main())
