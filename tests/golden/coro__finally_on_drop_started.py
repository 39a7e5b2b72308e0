# dropping a suspended coroutine closes it: its finally runs at the del, no warning
import types

@types.coroutine
def pause():
    yield

async def f():
    try:
        await pause()
    finally:
        print("finally on drop")

c = f()
c.send(None)
print("dropping")
del c
print("dropped")
