# FIRST_EXCEPTION with no failing task behaves like ALL_COMPLETED.
import asyncio

async def main():
    ts = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.02, 0.01)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), pending)

asyncio.run(main())
