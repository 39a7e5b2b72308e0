# On timeout, the finally inside the block runs before TimeoutError escapes the async with.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("finally inside timeout")
    except TimeoutError as e:
        print("TimeoutError", repr(e.__cause__) if e.__cause__ else None, type(e.__context__).__name__)

asyncio.run(main())
