# each __anext__/asend/athrow/aclose awaitable can be run only once
async def g():
    yield 1
    yield 2

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return (type(e).__name__, str(e))

a = g()
n = a.__anext__()
print(step(n))
print(step(n))
s = a.asend(None)
print(step(s))
print(step(s))
c = a.aclose()
print(step(c))
print(step(c))
t = g().athrow(ValueError)
print(step(t))
print(step(t))
