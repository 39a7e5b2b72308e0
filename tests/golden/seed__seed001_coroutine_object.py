# From seed 001 ("Coroutines"): calling a coroutine function returns a coroutine
# object, which does not implement the iterator protocol.
from collections.abc import Iterator


async def example_coroutine_function():
    return 1

print(type(example_coroutine_function).__name__)  # function
coro = example_coroutine_function()
print(repr(coro).startswith("<coroutine object example_coroutine_function at 0x"))
print(type(coro).__name__)  # coroutine
print(isinstance(coro, Iterator))  # False
for attempt in (lambda: coro.__iter__, lambda: coro.__next__, lambda: next(coro)):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
coro.close()
