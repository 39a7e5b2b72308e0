# loop.create_future returns a pending Future bound to the loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.done(), fut.get_loop() is loop)
    loop.call_later(0.01, fut.set_result, "ready")
    print(await fut)
    print(repr(fut))

asyncio.run(main())
