# From seed 001, "await is also a two-way street": awaiting asyncio.sleep under the
# hand-written drive() fails, because asyncio.sleep needs a running event loop.
# (The drive() passages that need no event loop are
# tests/golden/seed__seed001_coroutine_custom_drive.py.)
import asyncio


def drive(coroutine_object):
    while True:
        try:
            coroutine_object.send(None)
        except StopIteration as e:
            return e.value


async def await_sleep():
    print('Starting execution')
    value1 = await asyncio.sleep(1, result=2)
    value2 = await asyncio.sleep(1, result=3)
    print('Ending execution')

# This will fail because `asyncio.sleep(1)` needs an event loop!
try:
    drive(await_sleep())
except RuntimeError as e:
    print("RuntimeError:", e)  # no running event loop
