# uncaught "cannot reuse already awaited coroutine" traceback
async def f():
    return 1

async def main(c):
    await c
    await c

c = f()
m = main(c)
m.send(None)
