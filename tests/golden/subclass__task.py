import asyncio
class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, label="t"):
        super().__init__(coro, loop=loop, name=name)
        self.label = label
async def work(x):
    await asyncio.sleep(0)
    return x * 10
async def main():
    t = MyTask(work(4), label="custom")
    print(type(t).__name__, t.label, isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(await t, t.done(), t.result())
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, label="factory"))
    t2 = asyncio.create_task(work(5))
    print(type(t2).__name__, t2.label, await t2)
    loop.set_task_factory(None)
    r = await asyncio.gather(work(1), work(2))
    print(r)
    class Counting(asyncio.Task):
        count = 0
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            Counting.count += 1
    t3 = Counting(work(7))
    t3.note = "dict works"
    print(await t3, Counting.count, t3.note)
asyncio.run(main())
