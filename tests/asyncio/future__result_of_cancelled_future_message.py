# Awaiting a future cancelled with a message raises CancelledError carrying it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.cancel, "nobody wants it")
    try:
        await f
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(asyncio.current_task().cancelling())

asyncio.run(main())
