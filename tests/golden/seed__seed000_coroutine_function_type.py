# From seed 000: an `async def` function is a *coroutine function* (its type is
# `function`); calling it gives a *coroutine* object; inspect tells them apart.
# Event-loop free variant (the article's task creation is tests/pending/asyncio/seed__seed000_*):
# the body, which would await asyncio.sleep, never runs; the coroutine is closed.
import inspect


async def hello_world():
    await asyncio.sleep(1.0)

print(type(hello_world))
print(inspect.iscoroutinefunction(hello_world))

coro = hello_world()
print(type(coro))
print(inspect.iscoroutine(coro), inspect.iscoroutinefunction(coro))
coro.close()
