# Reprs of tasks running asyncio.sleep directly (their state, wait_for=, result), and cancel()
# of a finished task returns False without counting a request.
import asyncio
def strip_lib(s):
    """CPython names its own asyncio sources (install-dependent paths) in these reprs; coil's
    callbacks and sleep are native and have none. Compare without those locations."""
    j = s.find("/asyncio/")
    while j >= 0:
        i = s.rindex(" at ", 0, j)
        if "python3." not in s[i:j]:  # a test file, not the library
            j = s.find("/asyncio/", j + 1)
            continue
        for prefix in (" running", " done, defined"):
            if s[:i].endswith(prefix):
                i -= len(prefix)
        k = j
        while k < len(s) and s[k] not in ">],":
            k += 1
        s = s[:i] + s[k:]
        j = s.find("/asyncio/", i)
    return s

async def main():
    a = asyncio.ensure_future(asyncio.sleep(0))
    b = asyncio.ensure_future(asyncio.sleep(1))
    print(strip_lib(repr(a))); print(strip_lib(repr(b)))
    await asyncio.sleep(0)
    print(strip_lib(repr(a))); print(strip_lib(repr(b)))
    await a
    print(strip_lib(repr(a)))
    b.cancel()
    await asyncio.sleep(0)
    print(strip_lib(repr(b)))
asyncio.run(main())

async def done_cancel():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print(t.cancel(), t.cancelling(), t.cancel(), t.cancelling())

asyncio.run(done_cancel())
