# two distinct coroutine functions left unawaited at exit: one sys:1 warning each
async def alpha():
    pass

async def beta():
    pass

a = alpha()
b = beta()
a2 = alpha()
print("done")
