# a coroutine awaiting itself
async def f():
    print("awaiting myself")
    await me

me = f()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
