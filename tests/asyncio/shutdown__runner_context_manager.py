# asyncio.Runner (3.11) runs several coroutines on one loop, then closes it.
import asyncio

async def which():
    return asyncio.get_running_loop()

with asyncio.Runner() as runner:
    l1 = runner.run(which())
    l2 = runner.run(which())
    print(l1 is l2, runner.get_loop() is l1)
print(l1.is_closed())
