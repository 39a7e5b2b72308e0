# Done callbacks run in registration order, soon after (not during) set_result.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print("cb", i, fut.result()))
    f.set_result("v")
    print("set_result returned")
    await asyncio.sleep(0)
    print("after yield")
    f.add_done_callback(lambda fut: print("late cb"))
    print("late registered")
    await asyncio.sleep(0)

asyncio.run(main())
