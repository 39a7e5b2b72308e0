# call_soon passes positional args; the callback runs in a copy of the current context.
import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

def cb(a, b):
    print("cb", a, b, var.get())

async def main():
    loop = asyncio.get_running_loop()
    var.set("main")
    loop.call_soon(cb, 1, 2)
    ctx = contextvars.Context()
    loop.call_soon(cb, 3, 4, context=ctx)
    var.set("changed")
    await asyncio.sleep(0)

asyncio.run(main())
