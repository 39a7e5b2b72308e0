# From seed 001, "Manual drive": send() drives a coroutine like a generator;
# StopIteration carries the return value.
async def example_coroutine_function():
    return 1

coro = example_coroutine_function()
try:
    coro.send()
except TypeError as e:
    print("TypeError:", e)  # coroutine.send() takes exactly one argument (0 given)
try:
    coro.send(1)
except TypeError as e:
    print("TypeError:", e)  # can't send non-None value to a just-started coroutine
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)  # There was no `await`: StopIteration: 1
