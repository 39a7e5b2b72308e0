# a just-started coroutine only accepts send(None); the failed send does not start it
async def f():
    print("started")
    return "done"

c = f()
for v in (1, "x", 0, False, []):
    try:
        c.send(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("value:", e.value)
