# In debug mode call_soon/call_later/call_at refuse coroutines and non-callables; otherwise the
# error only shows when the callback runs.
import asyncio

async def coro_fn():
    pass

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], repr(context["exception"]))

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.call_soon(3)
loop.run_until_complete(asyncio.sleep(0))
loop.set_debug(True)
print(loop.get_debug())
for name, call in [
    ("call_soon", lambda f: loop.call_soon(f)),
    ("call_later", lambda f: loop.call_later(1, f)),
    ("call_at", lambda f: loop.call_at(1, f)),
]:
    for f in (coro_fn, 3):
        try:
            call(f)
        except TypeError as e:
            print(name, "TypeError:", e)
loop.close()
