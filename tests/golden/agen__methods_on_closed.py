# asend/athrow/aclose/__anext__ on a closed async generator
async def g():
    yield 1

def step(aw):
    try:
        aw.send(None)
        return "yielded"
    except StopIteration as e:
        return ("StopIteration", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except Exception as e:
        return (type(e).__name__, str(e))

a = g()
step(a.__anext__())
step(a.aclose())
print("asend", step(a.asend(None)))
print("__anext__", step(a.__anext__()))
print("athrow", step(a.athrow(ValueError("x"))))
print("aclose", step(a.aclose()))
