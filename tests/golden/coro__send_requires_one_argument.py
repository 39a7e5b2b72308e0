# coroutine.send() arity errors come before any state checks
async def f():
    return 1

c = f()
for args in [(), (None, None)]:
    try:
        c.send(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send()
except TypeError as e:
    print(type(e).__name__, e)
