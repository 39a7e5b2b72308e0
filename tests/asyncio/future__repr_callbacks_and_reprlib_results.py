# Future reprs list done callbacks as CPython's format_helpers does (first, <N more>, last;
# functions with their source, partials with their arguments) and shorten results with reprlib.
import asyncio, functools

def cb1(f, *a, **k): pass
def cb2(f): pass

class C:
    def m(self, f): pass
    def __call__(self, f): pass

async def waiter(f):
    await f

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(cb1)
    print(repr(f))
    f.add_done_callback(cb2)
    print(repr(f))
    f.add_done_callback(C().m)
    print(repr(f))
    f.add_done_callback(functools.partial(cb1))
    print(repr(f))
    f.add_done_callback(lambda f: None)
    print(repr(f))
    g = loop.create_future()
    g.add_done_callback(C())
    g.add_done_callback(print)
    print(repr(g))
    g.add_done_callback(functools.partial(cb1, 1, x="y" * 40))
    print(repr(g))
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(repr(f))
    print(repr(t))
    print(f.remove_done_callback(cb2), repr(f))
    f.set_result("x" * 100)
    print(repr(f))
    for value in [list(range(100)), tuple(range(3)), (1,), {i: "a" * 30 for i in range(10)},
                  set(range(20)), frozenset(), set(), 10 ** 60, 1.5, None, [[[[[[[[1]]]]]]]],
                  {"b": 1, "a": 2}, {1, "a"}, b"z" * 50, "short", "\u00e9" * 40]:
        r = loop.create_future()
        r.set_result(value)
        print(repr(r))
    e = loop.create_future()
    e.set_exception(ValueError("x" * 50))
    print(repr(e))
    e.exception()
    c = loop.create_future()
    c.cancel("why")
    print(repr(c))
    g.cancel()
    await t
    print(repr(t))

asyncio.run(main())
