# break out of async for does not aclose the generator; it is finalised when dropped
async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen finally")

async def main():
    g = gen()
    async for x in g:
        if x == 1:
            break
    print("after break, running:", g.ag_running, "frame alive:", g.ag_frame is not None)
    async for x in g:
        print("resumed at", x)
        break
    print("dropping g")
    del g
    print("end of main")

try:
    main().send(None)
except StopIteration:
    pass
