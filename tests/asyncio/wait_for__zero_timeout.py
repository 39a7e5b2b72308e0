# wait_for with timeout 0: a done future returns; a coroutine is cancelled and TimeoutError raised.
import asyncio

async def never():
    print("never starts")
    await asyncio.sleep(1)

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(never(), 0)
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
