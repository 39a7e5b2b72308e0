# Context propagation through TaskGroup, wait_for, shield, wait and async generators (which run
# in the awaiting task's context), and asyncio.run inside Context.run.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="d")
async def child(n):
    v.set(f"c{n}")
    await asyncio.sleep(0)
    return v.get()
async def main():
    v.set("main")
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(i)) for i in range(3)]
    print([t.result() for t in ts], v.get())
    print(await asyncio.wait_for(child(9), 1), v.get())
    r = await asyncio.shield(child(8))
    print(r, v.get())
    done, _ = await asyncio.wait([asyncio.create_task(child(7))])
    print([d.result() for d in done], v.get())
    async for x in agen():
        print("agen", x, v.get())
    print(v.get())
async def agen():
    v.set("agen")
    yield v.get()
    yield v.get()
ctx = contextvars.copy_context()
ctx.run(asyncio.run, main())
print("outer", v.get(), ctx.get(v))
def f():
    v.set("in run")
    return asyncio.run(main2())
async def main2():
    return v.get()
print(contextvars.Context().run(f), v.get())
