# From seed 001, "await is like yield": await needs something to await (SyntaxError: invalid syntax)
async def print_await_print():
    print('Starting execution')
    await  # await needs something to await
    print('Ending execution')
