# async with inside a plain def
def f(cm):
    async with cm:
        pass
