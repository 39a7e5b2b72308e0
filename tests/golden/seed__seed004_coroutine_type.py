# From seed 004 ("Coroutines in Python"): creating a coroutine without running it;
# type() reports `coroutine`, and CPython warns at exit that it was never awaited.
# Event-loop free variant: the seed's `import asyncio` is dropped (the body that
# would use it never runs); tests/pending/asyncio/seed__seed004_coroutine_type.py keeps it.
# SuperFastPython.com
# check the type of a coroutine

# define a coroutine
async def custom_coro():
    # await another coroutine
    await asyncio.sleep(1)

# create the coroutine
coro = custom_coro()
# check the type of the coroutine
print(type(coro))
