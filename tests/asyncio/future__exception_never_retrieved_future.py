# A plain Future whose exception is never retrieved logs "Future exception was never retrieved".
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(OSError(2, "gone"))
    del f
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
