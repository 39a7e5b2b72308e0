# Equal deadlines are NOT FIFO: CPython pops its heapq timer heap (compares `when` only), so ties come out in heap order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.02
    for name in "abcde":
        loop.call_at(when, print, name)
    loop.call_at(when - 0.01, print, "earlier")
    await asyncio.sleep(0.05)
    print("done")

asyncio.run(main())
