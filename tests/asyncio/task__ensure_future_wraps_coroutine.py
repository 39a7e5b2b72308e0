# ensure_future wraps a coroutine in a Task and returns futures unchanged.
import asyncio

async def f():
    return 3

async def main():
    t = asyncio.ensure_future(f())
    print(type(t).__name__, isinstance(t, asyncio.Future))
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    print(await t)
    fut.cancel()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
