# cr_suspended (new in 3.11) is True only while parked at an await
import types

@types.coroutine
def pause():
    yield

async def f():
    print("running:", c.cr_suspended)
    await pause()

c = f()
print("created:", c.cr_suspended)
c.send(None)
print("suspended:", c.cr_suspended)
try:
    c.send(None)
except StopIteration:
    pass
print("closed:", c.cr_suspended)
