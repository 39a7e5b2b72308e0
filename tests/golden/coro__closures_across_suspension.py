# closures, nonlocal and generators used inside coroutines keep state across suspensions
import types

@types.coroutine
def pause():
    yield

def make_counter():
    count = 0

    async def bump(by):
        nonlocal count
        count += by
        await pause()
        count += by
        return count
    return bump

bump = make_counter()
c1, c2 = bump(1), bump(10)
c1.send(None)
c2.send(None)
for c in (c1, c2):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)

async def uses_generator():
    it = (i * i for i in range(4))
    first = next(it)
    await pause()
    return [first] + list(it)

c = uses_generator()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
