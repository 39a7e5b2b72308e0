# the async comprehension's loop variable does not leak; it sees enclosing locals
async def gen():
    yield 1
    yield 2

async def main():
    x = "outer"
    k = 10
    r = [x + k async for x in gen()]
    print(r, x)
    fs = [lambda: x async for x in gen()]
    print([f() for f in fs])

try:
    main().send(None)
except StopIteration:
    pass
