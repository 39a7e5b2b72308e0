# await without an operand inside an async def: invalid syntax (seed 001)
async def print_await_print():
    print("Starting execution")
    await
    print("Ending execution")
