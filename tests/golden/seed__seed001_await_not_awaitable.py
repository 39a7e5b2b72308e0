# From seed 001, "await is like yield": only awaitables can be awaited.
# (Caught here: the uncaught traceback would show asyncio's internal frames.)
import asyncio


async def print_await_print():
    print('Starting execution')
    await 1  # Can't await an int because it's not an Awaitable
    print('Ending execution')

try:
    asyncio.run(print_await_print())
except TypeError as e:
    print("TypeError:", e)  # object int can't be used in 'await' expression
