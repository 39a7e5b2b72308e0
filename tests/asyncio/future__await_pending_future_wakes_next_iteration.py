# A task waiting on a future resumes one loop iteration after set_result, behind ready callbacks.
import asyncio

async def waiter(f):
    print("waiter got", await f)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.set_result(1)
    loop.call_soon(print, "callback queued after set_result")
    print("main continues")
    await asyncio.sleep(0)
    print("main after one yield")
    await t

asyncio.run(main())
