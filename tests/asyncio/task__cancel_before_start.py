# Cancelling a task before its first step: the coroutine body never runs.
import asyncio

async def body():
    print("never printed")

async def main():
    t = asyncio.create_task(body())
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError", t.cancelled(), t.done())
    print(t.cancel())

asyncio.run(main())
