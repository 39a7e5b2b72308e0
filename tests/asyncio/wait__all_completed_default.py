# wait() defaults to ALL_COMPLETED and returns (done, pending) sets of tasks.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    ts = [asyncio.create_task(v(i, 0.01 * (3 - i)), name=f"t{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts)
    print(sorted(t.get_name() for t in done), pending)
    print(sorted(t.result() for t in done))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
