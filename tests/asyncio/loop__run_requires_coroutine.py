# asyncio.run rejects non-coroutines with ValueError.
import asyncio

async def f():
    return 1

for arg in (f, 42, None):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print("ValueError:", e)
