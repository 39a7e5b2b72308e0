# uncaught AttributeError for coro.__next__, traceback on stderr
async def f():
    return 1

c = f()
c.close()
c.__next__()
