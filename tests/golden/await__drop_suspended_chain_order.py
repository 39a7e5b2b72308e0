# dropping the only reference to a suspended chain finalises it: innermost finally first
import types

@types.coroutine
def pause():
    yield

async def inner():
    try:
        await pause()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

c = outer()
c.send(None)
print("dropping")
c = None
print("dropped")
