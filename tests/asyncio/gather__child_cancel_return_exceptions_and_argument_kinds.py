# gather: a child cancelled directly fails the gather with CancelledError; with
# return_exceptions the cancelled child's CancelledError is a result; cancelling a parent
# awaiting a gather cancels the pending children; the same coroutine twice runs once;
# non-awaitables are refused as ensure_future refuses them; awaitables are wrapped.
import asyncio
async def child(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail: raise ValueError(n)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled"); raise
async def main():
    # child cancelled directly -> gather raises CancelledError (not return_exceptions)
    a = asyncio.ensure_future(child("a", 1))
    g = asyncio.gather(a, child("b", 0.1))
    await asyncio.sleep(0)
    a.cancel("direct")
    try: await g
    except asyncio.CancelledError as e: print("g raised", repr(e), g.cancelled())
    await asyncio.sleep(0.2)
    # return_exceptions with a cancelled child -> CancelledError instance in results
    a = asyncio.ensure_future(child("c", 1))
    g = asyncio.gather(a, child("d", 0.01), child("e", 0, True), return_exceptions=True)
    await asyncio.sleep(0)
    a.cancel()
    print([repr(x) for x in await g])
    # outer cancellation of a parent awaiting gather while one child done
    async def parent():
        return await asyncio.gather(child("f", 0), child("g", 1))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel("outer")
    try: await p
    except asyncio.CancelledError as e: print("parent", repr(e), p.cancelled())
    # same awaitable twice
    c = child("h", 0)
    print(await asyncio.gather(c, c))
    # exception propagates, others keep running
    g = asyncio.gather(child("i", 0, True), child("j", 0.05))
    try: await g
    except ValueError as e: print("ValueError", e)
    await asyncio.sleep(0.1)
    print(g.exception())
    try: asyncio.gather(1)
    except TypeError as e: print("TypeError", e)

    class Aw:
        def __await__(self):
            yield
            return "awaited"
    print(await asyncio.gather(Aw(), child("k", 0)))


asyncio.run(main())
