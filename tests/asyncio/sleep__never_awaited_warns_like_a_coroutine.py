# asyncio.sleep() objects dropped before being awaited warn "coroutine 'sleep' was never awaited"
# (at the drop, once per line; at exit as sys:1); ensure_future treats them as coroutines.
import asyncio
async def main():
    s = asyncio.sleep(0)
    del s
    print("a")
    x = [asyncio.sleep(1) for _ in range(2)]
    x = None
    print("b")
    t = asyncio.ensure_future(asyncio.sleep(0.1, result=3))
    t.cancel()
    try: await t
    except asyncio.CancelledError: print("cancelled")
    print(await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0.01, 2)))
asyncio.run(main())
s = asyncio.sleep(2)
