import functools
import inspect

async def co(a, b=1):
    pass

def gen(a):
    yield a

async def agen(a):
    yield a

class C:
    async def m(self, x):
        pass
    def g(self):
        yield 1

p = functools.partial(functools.partial(co, 1), b=2)
for name, obj in [('partial co', functools.partial(co, 1)), ('nested', p),
                  ('partial gen', functools.partial(gen, 1)), ('partial agen', functools.partial(agen, 1)),
                  ('partial bound', functools.partial(C().m, 1)), ('bound gen', C().g),
                  ('partial of lambda', functools.partial(lambda: co(1))), ('partial len', functools.partial(len))]:
    print(name, inspect.iscoroutinefunction(obj), inspect.isgeneratorfunction(obj),
          inspect.isasyncgenfunction(obj))

class Sub(functools.partial):
    pass

print(inspect.iscoroutinefunction(Sub(co, 1)))
