# RuntimeWarning at the assignment that drops the last reference
async def f():
    return 1

async def g():
    return 2

c = f()
print("reassigning")
c = g()
print("reassigned")
c = None
print("cleared")
