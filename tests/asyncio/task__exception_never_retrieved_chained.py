# "Task exception was never retrieved" prints the full chained traceback of the lost exception.
import asyncio

def parse(s):
    return int(s)

async def job():
    try:
        parse("x")
    except ValueError as e:
        raise RuntimeError("job failed") from e

async def main():
    t = asyncio.create_task(job(), name="job")
    await asyncio.sleep(0)
    del t
    print("main end")

asyncio.run(main())
