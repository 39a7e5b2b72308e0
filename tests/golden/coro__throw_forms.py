# throw() argument forms; bad arguments raise directly when unstarted but are thrown into the awaited iterator when suspended
import types

@types.coroutine
def pause():
    yield

async def f():
    while True:
        try:
            await pause()
        except Exception as e:
            print("caught", type(e).__name__, e.args)

for bad in ((1,), (ValueError, ValueError("x"), 5), (ValueError("a"), "b")):
    u = f()
    try:
        u.throw(*bad)
    except TypeError as e:
        print("unstarted:", type(e).__name__, e)
    u.close()
c = f()
c.send(None)
c.throw(ValueError)
c.throw(ValueError("inst"))
c.throw(KeyError, "val")
c.throw(TypeError, TypeError("both"), None)
for bad in ((1,), (ValueError, ValueError("x"), 5), (ValueError("a"), "b")):
    try:
        c.throw(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
c.close()
