# Dropped futures and tasks report through the loop's handler: never retrieved, destroyed pending.
import asyncio

def handler(loop, context):
    obj = context.get("future") or context.get("task")
    name = obj.get_name() if hasattr(obj, "get_name") else type(obj).__name__
    print("handler:", context["message"], "|", name, "|", sorted(context))

async def fail():
    raise KeyError("k")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(fail(), name="failing")
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    f = loop.create_future()
    f.set_exception(ValueError("v"))
    del f
    await asyncio.sleep(0)
    f = loop.create_future()
    f.set_exception(ValueError("seen"))
    f.exception()
    del f
    t = asyncio.create_task(fail(), name="awaited")
    try:
        await t
    except KeyError:
        pass
    del t
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)

async def forever():
    await loop.create_future()

t = loop.create_task(forever(), name="stuck")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del t
print("end")
