# From seed 001, "await is like yield": awaiting an int, driven by hand so the traceback is the coroutine's own
async def print_await_print():
    print('Starting execution')
    await 1  # Can't await an int because it's not an Awaitable
    print('Ending execution')

print_await_print().send(None)
