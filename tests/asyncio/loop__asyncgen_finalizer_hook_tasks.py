# A dropped async generator is closed by the loop's finalizer hook in a task of its own (Task-N numbers).
import asyncio
async def agen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("agen", tag, "finally in", asyncio.current_task().get_name())

async def main():
    async for v in agen("a"):
        if v == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("slept")
    g = agen("b")
    await g.__anext__()
    del g
    print("deleted")
    await asyncio.sleep(0)
    print("main end", asyncio.current_task().get_name())

asyncio.run(main())
async def t():
    return asyncio.current_task().get_name()
print(asyncio.run(t()))
