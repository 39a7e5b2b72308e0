# cr_running is True only while the coroutine's own code executes
import types

@types.coroutine
def pause():
    yield

async def f():
    print("inside:", me.cr_running)
    await pause()
    print("inside again:", me.cr_running)

me = f()
print("before:", me.cr_running)
me.send(None)
print("suspended:", me.cr_running)
try:
    me.send(None)
except StopIteration:
    pass
print("after:", me.cr_running)
