# uncaught "async generator ignored GeneratorExit" traceback
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

a = stubborn()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
a.aclose().send(None)
