# From seed 001: awaiting asyncio.sleep (a coroutine, hence an Awaitable) inside
# a coroutine run by asyncio. The seed sleeps 1 s; 0.1 s keeps the test fast.
import asyncio


async def print_sleep_print():
    print('Starting execution')
    await asyncio.sleep(0.1)  # This is a coroutine (which is an Awaitable)
    print('Ending execution')

asyncio.run(print_sleep_print())
