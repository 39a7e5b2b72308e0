# Tasks scheduled on the policy's loop (set_event_loop) are not reported at exit (CPython never
# collects them), but those of a closed loop are.
import asyncio

async def forever():
    await asyncio.get_running_loop().create_future()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
quiet = loop.create_task(forever(), name="on the policy loop")
other = asyncio.new_event_loop()
stuck = other.create_task(forever(), name="on a closed loop")
other.run_until_complete(asyncio.sleep(0))
other.close()
print(quiet.done(), stuck.done())
