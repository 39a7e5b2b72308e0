# An async generator whose finally raises while shutdown_asyncgens closes it: reported to the handler.
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context["exception"]))
    print("keys:", sorted(context))

async def gen():
    try:
        yield 1
    finally:
        raise OSError("cleanup failed")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = gen()
    main.g = g
    print(await g.__anext__())

asyncio.run(main())
print("after run")
