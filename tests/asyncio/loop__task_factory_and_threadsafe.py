# loop.set_task_factory / get_task_factory (asyncio.create_task uses the factory too), call_soon_threadsafe.
import asyncio
def factory(loop, coro, **kw):
    print("factory", sorted(kw))
    t = asyncio.Task(coro, loop=loop, **kw)
    return t
async def child():
    return asyncio.current_task().get_name()
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(child(), name="named")
    print(await t)
    print(await loop.create_task(child()))
    loop.set_task_factory(None)
    print(await asyncio.create_task(child()))
    try:
        loop.set_task_factory(3)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
import asyncio
loop2 = asyncio.new_event_loop()
loop2.call_soon_threadsafe(print, "threadsafe")
loop2.call_soon(loop2.stop)
loop2.run_forever()
print(loop2.get_task_factory())
loop2.close()
