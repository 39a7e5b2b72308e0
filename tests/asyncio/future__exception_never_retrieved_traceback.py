# "Future exception was never retrieved" shows the exception's traceback when it has one.
import asyncio

def parse(s):
    return int(s)

async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        parse("nope")
    except ValueError as e:
        f.set_exception(e)
    del f
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
