# wait(timeout=) does not raise: unfinished tasks come back in pending.
import asyncio

async def v(d):
    await asyncio.sleep(d)
    return d

async def main():
    a = asyncio.create_task(v(0.01), name="a")
    b = asyncio.create_task(v(0.2), name="b")
    done, pending = await asyncio.wait({a, b}, timeout=0.05)
    print([t.get_name() for t in done], [t.get_name() for t in pending])
    b.cancel()

asyncio.run(main())
