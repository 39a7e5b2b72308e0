# From seed 001, "Custom drive": a hand-written event loop that sends None until
# StopIteration, and "await is also a two-way street": awaiting coroutines works
# under drive(), awaiting asyncio.sleep needs a real event loop.
import asyncio


def drive(coroutine_object):
    while True:
        try:
            coroutine_object.send(None)
        except StopIteration as e:
            return e.value


async def example_coroutine_function():
    return 1

output = drive(example_coroutine_function())
print(output)  # 1


async def no_await(x):
    return x * x


async def await_no_await():
    print('Starting execution')
    value1 = await no_await(2)
    value2 = await no_await(3)
    print('Ending execution')
    return value1 + value2

print(drive(await_no_await()))


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

## coroutine ##
async def _coro(): pass
_coro = _coro()
coroutine = type(_coro)
print(coroutine.__name__)
_coro.close()
