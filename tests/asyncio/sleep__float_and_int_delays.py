# sleep accepts ints, floats and bools as delays; non-numbers raise TypeError at the timer.
import asyncio

async def main():
    await asyncio.sleep(0)
    await asyncio.sleep(False)
    await asyncio.sleep(0.01)
    print("numeric delays ok")
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
