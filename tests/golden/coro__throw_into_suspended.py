# throw() raises at the suspension point; handled -> next yield or return value
import types

@types.coroutine
def pause(v):
    return (yield v)

async def f():
    try:
        await pause("first")
    except ValueError as e:
        print("caught", repr(e))
        got = await pause("second")
        print("got", got)
    return "end"

c = f()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send("hello")
except StopIteration as e:
    print("returned", e.value)
