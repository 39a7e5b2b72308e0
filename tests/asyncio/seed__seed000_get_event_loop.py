# From seed 000, exactly as the article wrote it: `asyncio.get_event_loop()` at module
# level (no running loop: 3.11.7 creates one silently), `loop.create_task`, and the
# type checks. The task is created but the loop never runs, so the sleep never starts;
# a pending task left on an unclosed loop at exit prints nothing in 3.11.
import asyncio, time
import inspect


async def hello_world():
    await asyncio.sleep(1.0)

loop = asyncio.get_event_loop()
task = loop.create_task(hello_world())

print(type(hello_world))  # <class 'function'>
print(inspect.iscoroutinefunction(hello_world))  # True
print(task.get_name(), task.done())
