# an unstarted coroutine referenced by an AttributeError (e.obj) is dropped when the except block ends
async def f():
    pass

try:
    f().missing
except AttributeError as e:
    print(type(e).__name__, e)
    print("still alive inside the handler")
print("after handler")
