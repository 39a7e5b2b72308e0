# run_until_complete on the running loop raises "This event loop is already running".
import asyncio

async def inner():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(main())
