# From seed 000 ("Coroutines vs Coroutine Functions in Python"): an `async def`
# function is a *coroutine function* (its type is `function`); calling it gives a
# *coroutine* object. Reconstructed from the scraped text (indentation restored,
# "print(...) Output:" lines split). The sleep is never run: the task is only
# created, exactly as in the article.
import asyncio, time
import inspect


async def hello_world():
    await asyncio.sleep(1.0)

loop = asyncio.new_event_loop()
task = loop.create_task(hello_world())

print(type(hello_world))  # <class 'function'>
print(inspect.iscoroutinefunction(hello_world))  # True

coro = hello_world()
print(type(coro))  # <class 'coroutine'>
print(inspect.iscoroutine(coro), inspect.iscoroutinefunction(coro))  # True False
coro.close()
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
