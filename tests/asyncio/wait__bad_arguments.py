# wait() rejects an empty set, a bad return_when, and (3.11) bare coroutines are deprecated.
import asyncio

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    await t

asyncio.run(main())
