# A task cancelled through its coroutine keeps no message (CPython's super().cancel()): the
# CancelledError it ended with is handed out once, later ones have no args; gather shows ''.
import asyncio
async def sl():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(sl())
    await asyncio.sleep(0)
    t.cancel("bye")
    try: await t
    except asyncio.CancelledError as e: print("1st", repr(e), repr(e.__context__))
    try: t.result()
    except asyncio.CancelledError as e: print("2nd", repr(e), repr(e.__context__))
    try: t.exception()
    except asyncio.CancelledError as e: print("3rd", repr(e))
    print(await asyncio.gather(t, return_exceptions=True))
    u = asyncio.create_task(sl())
    u.cancel("early")
    print(await asyncio.gather(u, return_exceptions=True))
    try: u.result()
    except asyncio.CancelledError as e: print("u", repr(e))
    async def raiser():
        raise asyncio.CancelledError("own")
    v = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print(v.cancelled())
    try: v.result()
    except asyncio.CancelledError as e: print("v1", repr(e))
    try: v.result()
    except asyncio.CancelledError as e: print("v2", repr(e))
    f = asyncio.get_running_loop().create_future()
    f.cancel("fm")
    try: f.result()
    except asyncio.CancelledError as e: print("f", repr(e))
    try: f.result()
    except asyncio.CancelledError as e: print("f", repr(e))
asyncio.run(main())
