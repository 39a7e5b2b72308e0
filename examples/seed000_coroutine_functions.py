# From seed 000 ("Coroutine functions vs coroutines"): an `async def` function is not a
# coroutine, it is a *coroutine function*; calling it builds a coroutine object, and only
# an event loop runs that object. The seed's snippets, joined into one program.
import asyncio
import inspect
import time


async def hello_world():
    await asyncio.sleep(1.0)
    return "hello, world"


# The seed schedules the coroutine on the current event loop, as pre-3.7 code did.
loop = asyncio.get_event_loop()
task = loop.create_task(hello_world())

print(type(hello_world))  # <class 'function'>: not a coroutine
print(inspect.iscoroutinefunction(hello_world))  # True: a coroutine function

# Calling the coroutine function evaluates to a coroutine; no line of its body has run.
coro = hello_world()
print(type(coro))  # <class 'coroutine'>
print(inspect.iscoroutine(coro), inspect.iscoroutinefunction(coro))  # True False

# The event loop is what runs coroutines: first the task scheduled above ...
start = loop.time()
print(loop.run_until_complete(task))
# ... then the coroutine object made by hand (wrapped in a task by run_until_complete).
print(loop.run_until_complete(coro))
# Two one-second sleeps, one after the other (rounded: the real clock is never exact).
print(f"{round(loop.time() - start)} seconds on the loop's clock")
loop.close()


# Generators follow the same pattern: a generator function evaluates to a generator.
def get_number():
    values = range(100)
    for i in values:
        if i % 2 == 0:
            yield i


nums_ = get_number()
print(type(get_number))  # <class 'function'>
print(type(nums_))  # <class 'generator'>
print(inspect.isgeneratorfunction(get_number), inspect.isgenerator(nums_))
print(next(nums_), next(nums_), next(nums_))  # 0 2 4

# The seed's summary, checked:
#   - coroutines and coroutine functions are not the same;
#   - a coroutine is what evaluating a coroutine function gives;
#   - `async def` makes a coroutine function, `yield` makes a generator function;
#   - a generator function evaluates to a generator.
coro = hello_world()
print(asyncio.iscoroutinefunction(hello_world), asyncio.iscoroutine(coro))
coro.close()  # never awaited: close it, or Python warns when it is dropped
