# result()/exception() of an unfinished task raise InvalidStateError.
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    return 7

async def main():
    t = asyncio.create_task(slow())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(await t, t.result(), t.exception())
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
