# Running a loop from inside a running loop fails with CPython's messages; so does closing it.
import asyncio

async def noop():
    return "noop"

async def main():
    loop = asyncio.get_running_loop()
    other = asyncio.new_event_loop()
    for label, fn in [
        ("same loop", lambda c: loop.run_until_complete(c)),
        ("other loop", lambda c: other.run_until_complete(c)),
        ("asyncio.run", lambda c: asyncio.run(c)),
        ("Runner.run", lambda c: asyncio.Runner().run(c)),
    ]:
        c = noop()
        try:
            fn(c)
        except RuntimeError as e:
            print(label, "RuntimeError:", e)
        c.close()
    for label, fn in [("run_forever", loop.run_forever), ("close", loop.close)]:
        try:
            fn()
        except RuntimeError as e:
            print(label, "RuntimeError:", e)
    other.close()
    print(loop.is_running(), other.is_running(), other.is_closed())

asyncio.run(main())
