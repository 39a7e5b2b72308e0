# ensure_future: futures pass through (refused for another loop), coroutines become tasks of the
# given loop, other objects are refused.
import asyncio
other = asyncio.new_event_loop()
async def c(): return 5
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f, asyncio.ensure_future(f, loop=loop) is f)
    try: asyncio.ensure_future(f, loop=other)
    except ValueError as e: print("ValueError:", e)
    t = asyncio.ensure_future(c(), loop=loop)
    print(t.get_loop() is loop, await t)
    for bad in [1, None, "x", [1]]:
        try: asyncio.ensure_future(bad)
        except TypeError as e: print("TypeError:", e)
    f.cancel()
asyncio.run(main())
t = asyncio.ensure_future(c(), loop=other)
print(t.get_loop() is other, other.run_until_complete(t))
other.close()
