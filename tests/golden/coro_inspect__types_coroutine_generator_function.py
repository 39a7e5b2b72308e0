# types.coroutine on a generator function flags its code (CO_ITERABLE_COROUTINE) and returns the same function
import inspect
import types

def gen():
    yield "from gen"

deco = types.coroutine(gen)
print(deco is gen, deco.__name__)
print(bool(gen.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
g = deco()
print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g))

async def main():
    return await deco()

c = main()
print(c.send(None))
try:
    c.send("x")
except StopIteration as e:
    print(e.value)
