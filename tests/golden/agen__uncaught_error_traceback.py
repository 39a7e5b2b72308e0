# an exception raised inside an async generator propagates out of the __anext__ awaitable
async def g():
    yield 1
    {}["missing"]

a = g()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
a.__anext__().send(None)
