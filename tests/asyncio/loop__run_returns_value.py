# asyncio.run returns the coroutine's return value and propagates its exception.
import asyncio

async def ok():
    await asyncio.sleep(0)
    return {"answer": 42}

async def bad():
    await asyncio.sleep(0)
    raise KeyError("missing")

print(asyncio.run(ok()))
try:
    asyncio.run(bad())
except KeyError as e:
    print("KeyError", e)
