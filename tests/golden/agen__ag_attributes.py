# ag_frame, ag_running, ag_await, ag_code through the life of an async generator
import types

@types.coroutine
def pause():
    yield "p"

async def g():
    yield 1
    await pause()
    yield 2

a = g()
print(a.ag_frame is not None, a.ag_running, a.ag_await, a.ag_code.co_name)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value, a.ag_await, a.ag_frame.f_lineno)
n = a.__anext__()
print(n.send(None), type(a.ag_await).__name__, a.ag_running)
try:
    n.send(None)
except StopIteration as e:
    print("value", e.value, a.ag_await)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("end", a.ag_frame, a.ag_running)
