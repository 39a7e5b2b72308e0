# From seed 001, "Custom drive": a hand-written event loop that sends None until
# StopIteration, and "await is also a two-way street": awaiting coroutines that
# never suspend works under drive(). (The asyncio.sleep half of that passage needs
# an event loop: tests/pending/asyncio/seed__seed001_custom_drive.py.)
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

## coroutine ##
async def _coro(): pass
_coro = _coro()
coroutine = type(_coro)
print(coroutine.__name__)
_coro.close()
