# __anext__() returns an awaitable; send(None) on it finishes with StopIteration(value)
async def count(n):
    for i in range(n):
        yield i * 10

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("end", type(e).__name__, e.args)

a = count(2)
aw = a.__anext__()
print(type(aw).__name__, repr(aw).startswith("<async_generator_asend object at 0x"))
print(step(aw))
print(step(a.__anext__()))
print(step(a.__anext__()))
print(step(a.__anext__()))
