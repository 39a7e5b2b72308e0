# From seed 001, "await is also a two-way street": the await_sleep coroutine that fails
# under the hand-written drive() works under a real event loop; the values returned by
# asyncio.sleep(..., result=...) come back through await. (The seed sleeps 1 s twice;
# 0.1 s keeps the test fast; the values are printed, the seed only assigns them.)
import asyncio


async def await_sleep():
    print('Starting execution')
    value1 = await asyncio.sleep(0.1, result=2)
    value2 = await asyncio.sleep(0.1, result=3)
    print('Ending execution')
    print(value1, value2)
    return value1 + value2

print(asyncio.run(await_sleep()))
