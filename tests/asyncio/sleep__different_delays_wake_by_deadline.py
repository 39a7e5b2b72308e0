# Concurrent sleeps finish by deadline; total elapsed is the longest sleep (rounded).
import asyncio

async def nap(name, d):
    await asyncio.sleep(d)
    print("woke", name, d)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(nap("x", 0.2), nap("y", 0.1), nap("z", 0.3), nap("w", 0.0))
    print("elapsed", round(loop.time() - t0, 1))

asyncio.run(main())
