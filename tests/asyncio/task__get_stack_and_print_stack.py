# Task.get_stack/print_stack: the suspended coroutine's frame ("Stack for ..."), nothing once
# it is done ("No stack for ..."), the traceback of the exception it ended with.
import asyncio, sys

async def inner():
    await asyncio.sleep(1)

async def worker():
    x = 1
    await inner()

async def failing():
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(worker(), name="w")
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    t.print_stack(file=sys.stdout)
    await asyncio.sleep(0)
    st = t.get_stack()
    print(len(st), [(f.f_code.co_name, f.f_lineno) for f in st], t.get_stack(limit=0))
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=0, file=sys.stdout)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.get_stack())
    t.print_stack(file=sys.stdout)
    f = asyncio.create_task(failing())
    await asyncio.sleep(0)
    f.print_stack(file=sys.stdout)
    f.print_stack()
    f.exception()
    try:
        t.get_stack(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
