# An exception in a callback goes to the loop's exception handler; the loop keeps going.
import asyncio

def boom():
    raise ValueError("bad callback")

def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))
    print("keys:", sorted(context))

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(boom)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
