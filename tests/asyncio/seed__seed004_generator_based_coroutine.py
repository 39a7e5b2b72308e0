# From seed 004: Python 3.4's generator-based coroutines (@asyncio.coroutine with
# yield from) were removed in 3.11, so the decorator no longer exists.
import asyncio

try:
    # define a custom coroutine in Python 3.4
    @asyncio.coroutine
    def custom_coro():
        # suspend and execute another coroutine
        yield from asyncio.sleep(1)
except AttributeError as e:
    print(type(e).__name__, e)
