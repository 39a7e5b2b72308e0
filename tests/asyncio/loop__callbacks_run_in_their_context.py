# call_soon/call_later/call_at and done callbacks run in a copy of the context current when
# they were scheduled (or in context=); what they set stays there.
import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

def cb(tag, *extra):
    print(tag, var.get(), *extra)
    var.set("set-by-" + tag)

def done_cb(fut):
    print("done callback sees", var.get(), fut.result())

async def main():
    loop = asyncio.get_running_loop()
    var.set("A")
    loop.call_soon(cb, "soon")
    loop.call_later(0.01, cb, "later")
    loop.call_at(loop.time() + 0.02, cb, "at")
    ctx = contextvars.Context()
    ctx.run(var.set, "ctx")
    loop.call_soon(cb, "soon-ctx", context=ctx)
    f = loop.create_future()
    f.add_done_callback(done_cb)
    var.set("B")
    f.add_done_callback(done_cb, context=ctx)
    f.set_result(1)
    await asyncio.sleep(0.05)
    print("main", var.get(), "ctx", ctx[var])

asyncio.run(main())
