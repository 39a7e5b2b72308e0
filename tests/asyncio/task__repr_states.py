# Task repr in the pending, finished, exception and cancelled states.
import asyncio

async def sleeper():
    await asyncio.sleep(0.01)
    return "slept"

async def failer():
    raise ValueError("nope")

async def main():
    t = asyncio.create_task(sleeper())
    print(repr(t))
    await t
    print(repr(t))
    f = asyncio.create_task(failer(), name="F")
    await asyncio.sleep(0)
    print(repr(f))
    f.exception()
    c = asyncio.create_task(sleeper(), name="C")
    c.cancel()
    await asyncio.sleep(0)
    print(repr(c))

asyncio.run(main())
