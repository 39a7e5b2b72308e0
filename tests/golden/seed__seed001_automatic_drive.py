# From seed 001, "Automatic drive": asyncio.run drives a coroutine to completion
# and returns its value.
import asyncio


async def example_coroutine_function():
    return 1

output = asyncio.run(example_coroutine_function())
print(output)  # 1
