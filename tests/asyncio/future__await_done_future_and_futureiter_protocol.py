# Awaiting a finished future does not yield (the task keeps running); the FutureIter protocol:
# next() on a done future's iterator raises StopIteration(result), a second send while pending
# raises "await wasn't used with future".
import asyncio
async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future(); f.set_result(1)
    t = asyncio.create_task(other())
    await asyncio.sleep(0)
    print("before await done fut")
    print(await f)
    print("after await done fut")
    done_task = asyncio.create_task(asyncio.sleep(0, "x"))
    await asyncio.sleep(0); await asyncio.sleep(0)
    print("task done?", done_task.done())
    print(await done_task)
    print("after await done task")
    it = f.__await__()
    try: next(it)
    except StopIteration as e: print("StopIteration", e.value)
    g = loop.create_future()
    it = g.__await__()
    print(next(it) is g, g._asyncio_future_blocking)
    try: it.send(None)
    except BaseException as e: print(type(e).__name__, e)
    try: it.throw(ValueError("v"))
    except BaseException as e: print(type(e).__name__, e)
    print(type(it).__name__)
    g.cancel()
    await t
asyncio.run(main())
