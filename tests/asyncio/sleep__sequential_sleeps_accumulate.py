# Sequential sleeps add up (elapsed rounded to tenths).
import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    m0 = time.monotonic()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    print(round(loop.time() - t0, 1), round(time.monotonic() - m0, 1))

asyncio.run(main())
