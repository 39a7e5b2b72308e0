# exceptions leaving generators, coroutines and asyncio tasks keep the unwound frames' locals
# alive like any other; one saved in a global lives until the module is torn down
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(name):
    x = D(name)
    raise ValueError(name)
def gen():
    y = D("gen local")
    yield 1
    f("from gen")
try:
    for v in gen():
        print("v", v)
except ValueError as e:
    print("caught", e)
print("after gen")
async def co():
    z = D("coro local")
    f("from coro")
try:
    co().send(None)
except ValueError as e:
    print("caught", e)
print("after coro")
import asyncio
async def main():
    t = asyncio.ensure_future(co())
    try:
        await t
    except ValueError:
        print("awaited error")
    print("dropping task")
    del t
    print("dropped")
asyncio.run(main())
print("after asyncio")
try:
    f("saved at exit")
except ValueError as e:
    saved = e
print("end of module")
