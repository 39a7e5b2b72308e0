# Many call_at with one deadline: ties leave the heapq timer heap in heap order, not FIFO.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    for i in range(8):
        loop.call_at(when, print, "tie", i)
    await asyncio.sleep(0.02)
    for n in (2, 3):
        w = loop.time() + 0.01
        for i in range(n):
            loop.call_at(w, print, f"n={n}", i)
        await asyncio.sleep(0.02)

asyncio.run(main())
