# the first asend() must send None: "can't send non-None value to a just-started async generator"
async def g():
    yield 1

a = g()
try:
    a.asend("early").send(None)
except TypeError as e:
    print(type(e).__name__, e)
aw = a.asend(None)
try:
    aw.send("x")
except TypeError as e:
    print(type(e).__name__, e)
except StopIteration as e:
    print("StopIteration", e.value)
