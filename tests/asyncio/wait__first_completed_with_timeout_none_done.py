# FIRST_COMPLETED with a timeout shorter than every task returns an empty done set.
import asyncio

async def main():
    ts = [asyncio.create_task(asyncio.sleep(0.2)) for _ in range(2)]
    done, pending = await asyncio.wait(ts, timeout=0.01, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for t in ts:
        t.cancel()
    done, pending = await asyncio.wait(ts)
    print(len(done), all(t.cancelled() for t in done))

asyncio.run(main())
