# a local unstarted coroutine is dropped when its function returns: the warning names the caller's line
async def f():
    return 1

def helper():
    c = f()
    print("in helper")

print("calling")
helper()
print("returned")
