# as_completed(timeout=) raises TimeoutError for the results not ready in time.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([v(1, 0.01), v(2, 0.5)], timeout=0.05):
            got.append(await fut)
    except TimeoutError:
        print("TimeoutError after", got)

asyncio.run(main())
