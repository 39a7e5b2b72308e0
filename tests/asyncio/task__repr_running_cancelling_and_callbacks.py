# Task reprs: a running task shows its current line, a task with a pending cancel shows
# "cancelling", done callbacks (gather's, TaskGroup's, user ones) and wait_for= appear.
import asyncio

async def child():
    await asyncio.sleep(0.1)
    return "c" * 50

def on_done(t):
    pass

async def main():
    me = asyncio.current_task()
    r = repr(me)
    print(r[:r.index(">") + 1])
    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(on_done)
    print(repr(t))
    g = asyncio.gather(t)
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(g))
    await g
    print(repr(t))
    u = asyncio.create_task(child())
    u.cancel()
    print(repr(u))
    await asyncio.sleep(0)
    print(repr(u))
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(child(), name="in-group")
        print(repr(x))
    print(repr(x))

asyncio.run(main())
