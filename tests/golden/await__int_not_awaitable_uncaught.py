# uncaught TypeError from `await 1` with the traceback through the coroutine
async def print_await_print():
    print("Starting execution")
    await 1
    print("Ending execution")

print_await_print().send(None)
