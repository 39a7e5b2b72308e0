# An exception set on a future is raised at the await with the awaiting frame in its traceback.
import asyncio, traceback

async def waiter(f):
    return await f

async def main():
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_exception, ValueError("from future"))
    try:
        await waiter(f)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print([(fr.name, fr.line) for fr in tb if fr.filename.endswith(__file__.rsplit("/", 1)[-1])])

asyncio.run(main())
