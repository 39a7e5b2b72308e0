# types.CoroutineType / AsyncGeneratorType / GeneratorType and their relation to objects
import types

async def co():
    pass

async def ag():
    yield

def gen():
    yield

print(types.CoroutineType, types.AsyncGeneratorType, types.GeneratorType)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__qualname__)
c = co()
print(type(c) is types.CoroutineType, type(ag()) is types.AsyncGeneratorType, type(gen()) is types.GeneratorType)
print(isinstance(c, types.GeneratorType), isinstance(gen(), types.CoroutineType))
for t in (types.CoroutineType, types.AsyncGeneratorType):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
c.close()
