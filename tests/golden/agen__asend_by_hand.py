# asend(v) resumes the generator with v as the value of the yield expression
async def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<StopAsyncIteration>"

a = echo()
print(step(a.asend(None)))
print(step(a.asend("hello")))
print(step(a.asend(42)))
print(step(a.asend("stop")))
print(step(a.asend("after")))
