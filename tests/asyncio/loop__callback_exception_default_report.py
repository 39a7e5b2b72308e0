# A failing callback reaches the handler as "Exception in callback <source>" with its handle.
import asyncio, functools

def boom(n, label="x"):
    raise ValueError(f"bad {n} {label}")

def handler(loop, context):
    print(context["message"])
    h = context["handle"]
    print(" handle:", h if type(h).__name__ == "Handle" else type(h).__name__)
    print(" exception:", repr(context["exception"]))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(boom, 1)
    loop.call_soon(functools.partial(boom, 2, label="p"))
    loop.call_soon(boom, "a fairly long string argument that reprlib shortens", 3)
    loop.call_soon(print)
    loop.call_later(0.01, len)
    await asyncio.sleep(0.02)
    print("loop still runs")

asyncio.run(main())
