# Each task runs in a copy of the context current when it was created (or in context=):
# its set()s persist across its own awaits and never leak to the creator or other tasks.
import asyncio, contextvars

req = contextvars.ContextVar("req", default="none")

async def handler(n):
    print("start", n, req.get())
    req.set(f"req-{n}")
    await asyncio.sleep(0.01 * n)
    print("after sleep", n, req.get())
    return req.get()

async def main():
    req.set("main")
    t1 = asyncio.create_task(handler(1))
    req.set("main-2")
    t2 = asyncio.create_task(handler(2))
    print(await asyncio.gather(t1, t2))
    print("main sees", req.get())
    ctx = contextvars.copy_context()
    ctx.run(req.set, "in-ctx")
    t3 = asyncio.create_task(handler(3), context=ctx)
    await t3
    print("ctx now", ctx[req], "main", req.get())
    print(hasattr(t3, "get_context"))
    loop = asyncio.get_running_loop()
    t4 = loop.create_task(handler(4), context=contextvars.Context())
    await t4
    t5 = asyncio.Task(handler(5), context=ctx)
    await t5
    print("ctx after t5", ctx[req])

asyncio.run(main())
print("outside", req.get())
