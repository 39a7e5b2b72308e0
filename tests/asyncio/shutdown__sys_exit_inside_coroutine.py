# sys.exit inside the main coroutine leaves asyncio.run with SystemExit: exit status 3, no traceback.
import asyncio, sys

async def main():
    await asyncio.sleep(0)
    print("exiting")
    sys.exit(3)

asyncio.run(main())
print("not reached")
