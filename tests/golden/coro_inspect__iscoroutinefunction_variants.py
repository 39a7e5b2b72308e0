# iscoroutinefunction on bound methods, staticmethods, classmethods, partials, lambdas and async gens
import functools
import inspect

class K:
    async def m(self):
        pass

    @staticmethod
    async def s():
        pass

    @classmethod
    async def c(cls):
        pass

async def f(a, b):
    pass

cases = [("bound", K().m), ("unbound", K.m), ("static", K.s), ("classmethod", K.c),
         ("partial", functools.partial(f, 1)), ("lambda", lambda: f(1, 2)),
         ("type", K), ("builtin", len)]
for name, obj in cases:
    print(name, inspect.iscoroutinefunction(obj))
