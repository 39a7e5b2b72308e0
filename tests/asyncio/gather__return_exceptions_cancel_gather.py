# Cancelling a return_exceptions gather still raises CancelledError out of the await.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    g = asyncio.gather(sleeper(), sleeper(), return_exceptions=True)
    asyncio.get_running_loop().call_later(0.01, g.cancel)
    try:
        print(await g)
    except asyncio.CancelledError:
        print("CancelledError")

asyncio.run(main())
