# _GatheringFuture.cancel: cancels the children (True if any was cancelled), the outer future
# then fails with CancelledError (carrying the message) even with return_exceptions=True, and
# cancelled() stays False; cancelling a finished gather returns False.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 1), return_exceptions=True)
    print(type(g).__name__, isinstance(g, asyncio.Future), repr(g).split(" cb=")[0])
    await asyncio.sleep(0)
    print("cancel:", g.cancel(msg="stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised", e.args, "cancelled()", g.cancelled(), "done()", g.done())
    print("cancel again:", g.cancel())
    g2 = asyncio.gather(child("c", 0), child("d", 0))
    print(await g2, g2.cancel())
    done = asyncio.ensure_future(child("e", 0))
    await done
    g3 = asyncio.gather(done)
    print("cancel with only finished children:", g3.cancel())
    print(await g3)
    g4 = asyncio.gather(child("f", 1), child("g", 0.01))
    await asyncio.sleep(0)
    g4.cancel()
    try:
        print(await g4)
    except asyncio.CancelledError as e:
        print("g4 cancelled", e.args, g4.cancelled())
    empty = asyncio.gather()
    print(type(empty).__name__, empty.done(), empty.result())

asyncio.run(main())
