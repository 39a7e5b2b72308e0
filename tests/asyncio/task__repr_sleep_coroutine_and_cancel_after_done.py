# Reprs of tasks running asyncio.sleep directly show CPython's sleep coroutine (running at
# asyncio/tasks.py), and cancel() of a finished task returns False without counting a request.
import asyncio
async def main():
    a = asyncio.ensure_future(asyncio.sleep(0))
    b = asyncio.ensure_future(asyncio.sleep(1))
    print(a); print(b)
    await asyncio.sleep(0)
    print(a); print(b)
    await a
    print(a)
    b.cancel()
    await asyncio.sleep(0)
    print(b)
asyncio.run(main())

async def done_cancel():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print(t.cancel(), t.cancelling(), t.cancel(), t.cancelling())

asyncio.run(done_cancel())
