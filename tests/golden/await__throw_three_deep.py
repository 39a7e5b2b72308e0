# throw() into the outer coroutine lands at the innermost await of a 3-deep chain
import types

@types.coroutine
def pause():
    try:
        yield "bottom"
    except KeyError:
        print("pause sees KeyError, re-raises")
        raise

async def c3():
    try:
        await pause()
    finally:
        print("c3 finally")

async def c2():
    try:
        await c3()
    except KeyError as e:
        print("c2 handles", repr(e))
        return "c2 recovered"

async def c1():
    r = await c2()
    print("c1 got", r)
    return r

c = c1()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print("c1 returned", e.value)
