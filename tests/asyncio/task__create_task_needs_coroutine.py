# create_task accepts only coroutines.
import asyncio

async def main():
    for bad in (1, None, lambda: 0):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", str(e).replace(hex(id(bad)), "ID"))

asyncio.run(main())
