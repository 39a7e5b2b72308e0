# inspect.iscoroutine/iscoroutinefunction/isasyncgen/isasyncgenfunction/isawaitable on many objects
import inspect
import types

async def co():
    pass

async def ag():
    yield

def gen():
    yield

@types.coroutine
def gco():
    yield

class Aw:
    def __await__(self):
        return iter([])

class K:
    async def m(self):
        pass

c, a, g, gc = co(), ag(), gen(), gco()
objects = [("co", co), ("co()", c), ("ag", ag), ("ag()", a), ("gen", gen), ("gen()", g),
           ("gco", gco), ("gco()", gc), ("Aw()", Aw()), ("K().m", K().m), ("K.m", K.m),
           ("lambda", lambda: 0), ("1", 1), ("c.__await__()", c.__await__())]
preds = [inspect.iscoroutine, inspect.iscoroutinefunction, inspect.isasyncgen,
         inspect.isasyncgenfunction, inspect.isawaitable, inspect.isgenerator,
         inspect.isgeneratorfunction]
print(" ".join(p.__name__[2:] for p in preds))
for name, obj in objects:
    print(name, [int(p(obj)) for p in preds])
c.close()
