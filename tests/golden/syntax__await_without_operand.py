# From seed 001: `await` needs something to await; a bare await in an async def is a SyntaxError.
async def print_await_print():
    print('Starting execution')
    await  # await needs something to await
    print('Ending execution')
