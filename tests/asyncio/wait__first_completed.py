# FIRST_COMPLETED returns as soon as one task finishes; the rest stay pending.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    ts = [asyncio.create_task(v(n, d), name=n) for n, d in (("slow", 0.05), ("fast", 0.01), ("mid", 0.03))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print([t.get_name() for t in done], sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(sorted((t.get_name(), t.cancelled()) for t in ts))

asyncio.run(main())
