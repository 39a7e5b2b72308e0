# asyncio.Future()/asyncio.Task() constructed directly, and the argument errors of the
# Future/Task methods with CPython's messages.
import asyncio

async def c():
    return 1

def gen():
    yield

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r)
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)

async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future()
    print(f.get_loop() is loop, repr(f), type(f).__module__, type(f).__name__)
    print(asyncio.Future(loop=loop).get_loop() is loop)
    attempt("Future(1)", asyncio.Future, 1)
    attempt("Future(lop=)", asyncio.Future, lop=1)
    attempt("Task(1)", asyncio.Task, 1)
    attempt("Task()", asyncio.Task)
    co = c()
    attempt("Task(co, 2)", asyncio.Task, co, 2)
    attempt("Task(co, x=)", asyncio.Task, co, x=1)
    co.close()
    t = asyncio.Task(c(), name=5)
    print(t.get_name(), repr(t))
    print(await t, await asyncio.Task(coro=c(), loop=loop, name="kw"))
    print(await asyncio.Task(gen()), asyncio.iscoroutine(gen()))
    for name, args in [("result", (1,)), ("done", (1,)), ("cancelled", (1,)), ("exception", (1,)),
                       ("set_name", ()), ("get_name", (1,)), ("cancelling", (1,)),
                       ("uncancel", (1,)), ("get_coro", (1,)), ("get_loop", (1,)),
                       ("remove_done_callback", ()), ("set_result", (1,)),
                       ("set_exception", (ValueError(),))]:
        attempt("Task." + name, getattr(t, name), *args)
    h = loop.create_future()
    for name, args in [("result", (1,)), ("set_result", (1, 2)), ("set_exception", ()),
                       ("add_done_callback", ()), ("remove_done_callback", ())]:
        attempt("Future." + name, getattr(h, name), *args)
    attempt("cancel(1, 2)", h.cancel, 1, 2)
    attempt("cancel(mag=)", h.cancel, mag=2)
    attempt("add_done_callback 3 args", h.add_done_callback, print, 1, context=None)
    attempt("result pending", h.result)
    attempt("exception pending", h.exception)
    for arg in [1, int, StopIteration(), StopIteration, type("S", (StopIteration,), {})()]:
        g = loop.create_future()
        attempt("set_exception " + type(arg).__name__, g.set_exception, arg)
        if g.done():
            print("  stored", repr(g.exception()))
    done = loop.create_future()
    done.set_result(1)
    attempt("set_exception on done", done.set_exception, StopIteration)
    attempt("set_result on done", done.set_result, 2)
    print(h._asyncio_future_blocking, h._state, done._state)
    h._asyncio_future_blocking = 5
    print(h._asyncio_future_blocking)
    attempt("del blocking", delattr, h, "_asyncio_future_blocking")
    h.cancel()
    print(h._state, h.remove_done_callback(print))

asyncio.run(main())
