# await inside a generator expression in a plain def compiles: the genexp becomes an async generator
def f(xs):
    return (await x for x in xs)

async def one():
    return 1

ge = f([one()])
print(type(ge).__name__)
try:
    list(ge)
except TypeError as e:
    print(type(e).__name__, e)

async def consume():
    return [v async for v in ge]

try:
    consume().send(None)
except StopIteration as e:
    print(e.value)
