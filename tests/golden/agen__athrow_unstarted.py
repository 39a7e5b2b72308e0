# athrow() into an unstarted async generator raises immediately and closes it
async def g():
    try:
        yield 1
    finally:
        print("never printed")

a = g()
try:
    a.athrow(ValueError("early")).send(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
