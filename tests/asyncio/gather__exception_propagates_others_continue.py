# Without return_exceptions the first exception propagates; other children are NOT cancelled.
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")

async def slow(name):
    await asyncio.sleep(0.03)
    print(name, "still completed")
    return name

async def main():
    t = asyncio.create_task(slow("sibling"))
    try:
        await asyncio.gather(fail(), t, slow("inline"))
    except ValueError as e:
        print("caught", repr(e), "sibling done?", t.done())
    await asyncio.sleep(0.05)
    print("sibling result", t.result())

asyncio.run(main())
