# TaskGroup waits for every child on exit; results are read from the tasks.
import asyncio

async def v(x, d):
    await asyncio.sleep(d)
    print("done", x)
    return x * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(v(1, 0.02))
        t2 = tg.create_task(v(2, 0.01), name="second")
        print("body end")
    print(t1.result(), t2.result(), t2.get_name())

asyncio.run(main())
