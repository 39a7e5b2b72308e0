# send/throw on a finished coroutine: "cannot reuse already awaited coroutine"
async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
for action in (lambda: c.send(None), lambda: c.throw(ValueError("v"))):
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)
print("close:", c.close())
