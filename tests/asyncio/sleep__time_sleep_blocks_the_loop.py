# time.sleep inside a task blocks the whole loop; loop.time/monotonic/perf_counter all see it.
import asyncio, time

async def ticker(log):
    for i in range(3):
        log.append(("tick", i, round(asyncio.get_running_loop().time() - log[0], 2)))
        await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    log = [loop.time()]
    m0, p0 = time.monotonic(), time.perf_counter()
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    time.sleep(0.1)
    print("blocked for", round(loop.time() - log[0], 1))
    await t
    for entry in log[1:]:
        print(entry[:2], entry[2] >= 0.1 if entry[1] else entry[2] < 0.05)
    print(round(time.monotonic() - m0, 1), round(time.perf_counter() - p0, 1))

asyncio.run(main())
