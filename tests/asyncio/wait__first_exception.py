# FIRST_EXCEPTION returns when a task raises; wait() itself does not raise.
import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def main():
    ts = [asyncio.create_task(ok(0.005), name="quick"), asyncio.create_task(bad(), name="bad"),
          asyncio.create_task(ok(0.05), name="slow")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print(repr(ts[1].exception()))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), pending)

asyncio.run(main())
