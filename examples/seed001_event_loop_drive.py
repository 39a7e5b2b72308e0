# From seed 001 ("Coroutines: functions that suspend"): coroutines are driven either by
# hand, with send() and StopIteration as for generators, or, as intended, by an event loop
# such as asyncio's, which moves control between coroutines at each `await`.
import asyncio


async def example_coroutine_function():
    return 1


# Automatic drive: asyncio.run() creates an event loop, runs the coroutine to the end and
# returns its return value.
output = asyncio.run(example_coroutine_function())
print(output)  # 1


# Custom drive: our own little "event loop". send(None) runs the coroutine to its next
# suspension point; when it returns, StopIteration carries the return value.
def drive(coroutine_object):
    while True:
        try:
            coroutine_object.send(None)
        except StopIteration as e:
            return e.value


output = drive(example_coroutine_function())
print(output)  # 1


# `await` is a control-transfer point, like `yield`, but it only takes awaitables.
async def print_sleep_print():
    print("Starting execution")
    await asyncio.sleep(1)  # asyncio.sleep() returns a coroutine, which is awaitable
    print("Ending execution")


asyncio.run(print_sleep_print())


# `await` is a two-way street: the awaited object's result comes back as the value of
# the `await` expression.
async def await_sleep():
    print("Starting execution")
    value1 = await asyncio.sleep(1, result=2)
    value2 = await asyncio.sleep(1, result=3)
    print("Ending execution")
    return value1 + value2


print(asyncio.run(await_sleep()))  # 5

# Our rudimentary drive() is not an event loop: asyncio.sleep() needs a running one.
try:
    drive(await_sleep())
except RuntimeError as e:
    print(f"RuntimeError: {e}")  # no running event loop


# Awaiting something that is not awaitable fails at the await, inside the event loop.
async def print_await_print():
    print("Starting execution")
    await 1  # an int has no __await__
    print("Ending execution")


try:
    asyncio.run(print_await_print())
except TypeError as e:
    print(f"TypeError: {e}")


# Several coroutines on one loop: each `await` lets another one run.
async def ticker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
    return name


async def main():
    results = await asyncio.gather(ticker("fast", 0.1, 3), ticker("slow", 0.25, 2))
    print(results)


asyncio.run(main())
