# A leftover task failing while being cancelled at shutdown reaches the loop's exception handler.
import asyncio

def handler(loop, context):
    print("handler:", context["message"])
    print("keys:", sorted(context))
    print("task:", context["task"].get_name(), repr(context["exception"]))

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        raise RuntimeError("refused to die")

async def quiet():
    await asyncio.sleep(10)

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stubborn(), name="stubborn")
    asyncio.create_task(quiet(), name="quiet")
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")
