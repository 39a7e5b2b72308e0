# The loop's exception handler: custom, deferring to the default one, and reset to None.
import asyncio

def custom(loop, context):
    print("custom:", context["message"], sorted(context))
    if context.get("defer"):
        loop.default_exception_handler(context)

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(custom)
    loop.call_exception_handler({"message": "first", "extra": 1})
    loop.call_exception_handler({"message": "deferred", "defer": True, "zeta": "z", "alpha": [1, 2]})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.call_exception_handler({})
    loop.call_exception_handler({"message": "with exception", "exception": ValueError("v")})
    print("main done")

asyncio.run(main())
