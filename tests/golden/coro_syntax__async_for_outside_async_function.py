# async for inside a plain def
def f(it):
    async for x in it:
        print(x)
