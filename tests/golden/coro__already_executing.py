# a coroutine resuming itself: "coroutine already executing"
async def f():
    try:
        me.send(None)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.close()
    except ValueError as e:
        print(type(e).__name__, e)
    return "ok"

me = f()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)
