# sleep(delay, result=...) returns result; sleep(0) returns None.
import asyncio

async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result="zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))

asyncio.run(main())
