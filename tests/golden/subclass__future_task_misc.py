import asyncio
class MyFuture(asyncio.Future):
    pass
class MyTask(asyncio.Task):
    pass
async def work():
    await asyncio.sleep(0)
    return 1
async def main():
    f = MyFuture()
    print(repr(f))
    f.set_result(3)
    print(repr(f))
    t = MyTask(work(), name="mine")
    print(repr(t).split(" coro=")[0])
    await t
    print(repr(t).split(" coro=")[0])
    print(asyncio.isfuture(f), asyncio.isfuture(t), t.get_name(), t.get_coro().__name__)
    loop = asyncio.get_running_loop()
    g = MyFuture(loop=loop)
    print(g.get_loop() is loop)
    try:
        MyFuture(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        MyTask(5)
    except TypeError as e:
        print(type(e).__name__, e)
    done, pending = await asyncio.wait([MyTask(work())])
    print(len(done), type(list(done)[0]).__name__)
    r = await asyncio.wait_for(MyTask(work()), 1)
    print(r)
    f3 = MyFuture()
    loop.call_later(0.01, f3.set_result, "later")
    print(await asyncio.gather(f3, MyTask(work())))
asyncio.run(main())
