# return from inside async for returns the value; the generator is finalised when dropped
async def gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen finalised")

async def find(target):
    async for x in gen():
        if x == target:
            return f"found {x}"
    return "not found"

for t in ("a", "z"):
    try:
        find(t).send(None)
    except StopIteration as e:
        print(e.value)
