# cr_await: None before start, the awaited object while suspended, None when done
import types

class Waiter:
    def __await__(self):
        yield "w1"
        yield "w2"
        return "waited"

@types.coroutine
def raw():
    yield "raw"

async def inner():
    return await Waiter()

async def outer():
    x = await inner()
    y = await raw()
    return x, y

c = outer()
print("created:", c.cr_await)
print("yielded", c.send(None), "cr_await is coroutine:", type(c.cr_await).__name__, c.cr_await.__name__)
inner_c = c.cr_await
print("inner awaits:", type(inner_c.cr_await).__name__)
print("yielded", c.send(None))
print("yielded", c.send(None), type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print("finished:", c.cr_await, inner_c.cr_await)
