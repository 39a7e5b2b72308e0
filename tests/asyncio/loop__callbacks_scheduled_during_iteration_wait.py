# Callbacks scheduled by a callback run in the next iteration, after tasks already ready.
import asyncio

async def task_body():
    print("task step 1")
    await asyncio.sleep(0)
    print("task step 2")

async def main():
    loop = asyncio.get_running_loop()
    def a():
        print("a")
        loop.call_soon(print, "a's child")
    loop.call_soon(a)
    asyncio.create_task(task_body())
    loop.call_soon(print, "b")
    await asyncio.sleep(0)
    print("main 1")
    await asyncio.sleep(0)
    print("main 2")

asyncio.run(main())
