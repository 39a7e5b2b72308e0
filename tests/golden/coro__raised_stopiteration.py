# StopIteration escaping a coroutine body becomes RuntimeError, chained
async def f():
    raise StopIteration("inner")

async def g():
    next(iter([]))

for c in (f(), g()):
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
