# get_coro returns the wrapped coroutine; done callbacks run (via call_soon) with the task.
import asyncio

async def job():
    await asyncio.sleep(0)
    return "ok"

async def main():
    c = job()
    t = asyncio.create_task(c, name="J")
    print(t.get_coro() is c)
    t.add_done_callback(lambda fut: print("cb1", fut.get_name(), fut.result()))
    t.add_done_callback(lambda fut: print("cb2"))
    r = await t
    print("awaited", r)
    await asyncio.sleep(0)
    print("after")

asyncio.run(main())
