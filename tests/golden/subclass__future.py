import asyncio
class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag="f"):
        super().__init__(loop=loop)
        self.tag = tag
    def set_result(self, value):
        print("MyFuture.set_result", value)
        super().set_result(value * 2)
async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture(tag="mine")
    print(type(f).__name__, f.tag, f.done(), isinstance(f, asyncio.Future))
    loop.call_soon(f.set_result, 21)
    print(await f, f.done(), f.result())
    f2 = MyFuture()
    f2.add_done_callback(lambda fut: print("callback", type(fut).__name__, fut.tag))
    f2.set_exception(ValueError("bad"))
    try:
        await f2
    except ValueError as e:
        print(type(e).__name__, e)
    await asyncio.sleep(0)
    f3 = MyFuture()
    f3.cancel()
    print(f3.cancelled())
    f4 = MyFuture()
    f4.extra = [1]
    print(f4.extra)
    class Bare(asyncio.Future): pass
    b = Bare()
    b.set_result("bare")
    print(await b, type(b).__name__)
asyncio.run(main())
