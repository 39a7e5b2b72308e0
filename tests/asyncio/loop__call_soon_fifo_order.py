# call_soon callbacks run in FIFO order, after the current step yields.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(print, "cb", i)
    print("scheduled")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
