# A failed task: exception() returns it, result() re-raises it, done() is True.
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ZeroDivisionError("div")

async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print(t.done(), t.cancelled())
    print(repr(t.exception()))
    try:
        t.result()
    except ZeroDivisionError as e:
        print("result raised", repr(e))

asyncio.run(main())
