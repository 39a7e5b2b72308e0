# aclose() throws GeneratorExit at the yield; finally runs; the awaitable ends with StopIteration(None)
async def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
ac = a.aclose()
print(type(ac).__name__)
try:
    ac.send(None)
except StopIteration as e:
    print("aclose done", e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("closed: StopAsyncIteration")
