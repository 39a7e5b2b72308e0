# async comprehensions nest inside async generator expressions; this file is valid and prints types
async def g():
    yield 1

def make():
    return ([y async for y in g()] async for x in g())

print(type(make()).__name__)
