# an async generator expression may be created in a plain function (it is not an "async comprehension" error)
async def gen():
    yield "a"
    yield "b"

def make():
    return (s.upper() async for s in gen())

ge = make()
print(type(ge).__name__)

async def consume(it):
    return [x async for x in it]

try:
    consume(ge).send(None)
except StopIteration as e:
    print(e.value)
