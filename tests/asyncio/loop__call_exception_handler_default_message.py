# loop.call_exception_handler with only a message logs it to stderr (no traceback).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd happened"})
    print("after")

asyncio.run(main())
