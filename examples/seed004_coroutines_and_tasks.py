# From seed 004 ("What is a coroutine in Python"): a coroutine function creates coroutine
# objects; a coroutine only runs inside an event loop, started with asyncio.run(); it can
# await another coroutine, or be wrapped in an asyncio.Task and run independently.
import asyncio


# define a coroutine
async def custom_coro():
    # await another coroutine
    await asyncio.sleep(1)


# Creating a coroutine looks like calling a subroutine, but runs none of its code.
coro = custom_coro()
print(type(coro))  # <class 'coroutine'>
# The seed lets it drop here and gets "RuntimeWarning: coroutine 'custom_coro' was
# never awaited"; closing a coroutine we do not mean to run avoids the warning.
coro.close()

# A coroutine object is awaitable: it has __await__, like every coroutine object.
print(hasattr(coro, "__await__"), hasattr(custom_coro, "__await__"))  # True False


# main coroutine: the entry point of the asyncio program
async def main():
    # execute my custom coroutine
    await custom_coro()
    print("custom_coro finished")


# start the coroutine program
asyncio.run(main())


# "A coroutine can be wrapped in an asyncio.Task object and executed independently, as
# opposed to being executed directly within a coroutine": the task runs whenever the
# awaiting coroutine is suspended.
async def worker(name, delay):
    print(f"{name}: started")
    await asyncio.sleep(delay)
    print(f"{name}: finished")
    return f"{name} result"


async def main_with_tasks():
    task = asyncio.create_task(worker("task", 0.5))
    print("main: created", type(task).__name__, task.get_name(), task.done())
    await asyncio.sleep(0)  # let the task start
    print("main: doing other work")
    await worker("inline", 0.2)  # awaited directly: main waits for it
    print("main:", await task, task.done())


asyncio.run(main_with_tasks())

# Python 3.4's generator-based coroutines (@asyncio.coroutine and `yield from`) were
# removed in Python 3.11: the decorator no longer exists.
try:

    @asyncio.coroutine
    def old_style_coro():
        # suspend and execute another coroutine
        yield from asyncio.sleep(1)

except AttributeError as e:
    print(type(e).__name__, e)
