# Nested timeouts: the outer, shorter one fires; the inner block sees CancelledError, not TimeoutError.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner TimeoutError (wrong)")
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("outer TimeoutError")

asyncio.run(main())
