# RuntimeWarning when an unstarted coroutine is dropped by `del`: the line of the del
async def f():
    return 1

c = f()
print("before del")
del c
print("after del")
