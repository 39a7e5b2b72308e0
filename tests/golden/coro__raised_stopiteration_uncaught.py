# uncaught "coroutine raised StopIteration": both chained tracebacks
async def f():
    raise StopIteration(42)

f().send(None)
