# Two loops side by side: their own tasks, futures and callbacks; task names share one counter.
import asyncio

async def job(tag, n):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)
    return tag

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
print(a is b)
ta = a.create_task(job("a", 2))
tb = b.create_task(job("b", 3))
print(ta.get_name(), tb.get_name())
print(ta.get_loop() is a, tb.get_loop() is b)
print(len(asyncio.all_tasks(a)), len(asyncio.all_tasks(b)))
fa = a.create_future()
b.call_soon(print, "callback on b")
a.call_soon(fa.set_result, "fa done")
print(a.run_until_complete(fa))
print(b.run_until_complete(tb))
print(ta.done(), a.run_until_complete(ta))
print(len(asyncio.all_tasks(a)), len(asyncio.all_tasks(b)))
a.close()
print(a.is_closed(), b.is_closed())
print(b.run_until_complete(job("b2", 1)))
b.close()
