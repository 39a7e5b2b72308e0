# async for over an async generator, driven by a hand-written loop
async def gen(n):
    for i in range(n):
        yield i

async def main():
    async for x in gen(3):
        print("item", x)
    return "done"

def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value

print(drive(main()))
