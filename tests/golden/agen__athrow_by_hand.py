# athrow() raises at the yield; a handled exception yields the next value, an unhandled one propagates
async def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

a = resilient()
print(step(a.__anext__()))
th = a.athrow(ValueError("bad"))
print(type(th).__name__, repr(th).startswith("<async_generator_athrow object at 0x"))
print(step(th))
print(step(a.__anext__()))
try:
    step(a.athrow(KeyError("fatal")))
except KeyError as e:
    print("propagated", repr(e))
try:
    step(a.__anext__())
except StopAsyncIteration:
    print("exhausted after the exception")
