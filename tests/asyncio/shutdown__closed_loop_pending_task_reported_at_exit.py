# A task left pending on a closed loop (held by a global) is reported when the interpreter exits.
import asyncio

async def forever():
    await asyncio.get_running_loop().create_future()

loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name="stuck")
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("end")
