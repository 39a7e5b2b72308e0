# An exception raised by a done callback goes to the loop's exception handler, not the awaiter.
import asyncio

def bad_cb(fut):
    raise RuntimeError("callback broke")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, ctx: print("handler:", ctx["message"].split("(")[0], repr(ctx["exception"])))
    t = asyncio.create_task(asyncio.sleep(0, result="r"))
    t.add_done_callback(bad_cb)
    print(await t)
    await asyncio.sleep(0)
    print("still running")

asyncio.run(main())
