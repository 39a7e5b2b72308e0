# TimerHandle.when() returns the absolute loop time of the deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    h = loop.call_later(0.25, print, "x")
    print(round(h.when() - t0, 2))
    h2 = loop.call_at(t0 + 1.5, print, "y")
    print(h2.when() == t0 + 1.5)
    h.cancel(); h2.cancel()

asyncio.run(main())
