# yielding after GeneratorExit during aclose(): "async generator ignored GeneratorExit"
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2

a = stubborn()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
