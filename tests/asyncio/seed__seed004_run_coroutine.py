# From seed 004: running a coroutine program with asyncio.run(main()).
# (The seed sleeps 1 s; 0.1 s keeps the test fast.)
# SuperFastPython.com
# example of running a coroutine
import asyncio

# define a coroutine
async def custom_coro():
    # await another coroutine
    await asyncio.sleep(0.1)
    return "custom_coro done"

# main coroutine
async def main():
    # execute my custom coroutine
    print(await custom_coro())

# start the coroutine program
asyncio.run(main())
