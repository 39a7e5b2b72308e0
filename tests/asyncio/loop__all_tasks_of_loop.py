# all_tasks(loop) / current_task(loop) for a loop that is not running.
import asyncio

async def waiter(fut):
    return await fut

loop = asyncio.new_event_loop()
fut = loop.create_future()
t1 = loop.create_task(waiter(fut), name="w1")
t2 = loop.create_task(waiter(fut), name="w2")
print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
print(asyncio.current_task(loop))
loop.call_later(0.01, fut.set_result, "go")
print(loop.run_until_complete(asyncio.gather(t1, t2)))
print(asyncio.all_tasks(loop))
loop.close()
