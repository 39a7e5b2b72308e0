# Task reprs: a running task shows its current line, a task with a pending cancel shows
# "cancelling", done callbacks (gather's, TaskGroup's, user ones) and wait_for= appear.
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


async def child():
    await asyncio.sleep(0.1)
    return "c" * 50

def on_done(t):
    pass

async def main():
    me = asyncio.current_task()
    r = repr(me)
    print(r[:r.index(">") + 1])
    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(on_done)
    print(strip_lib(repr(t)))
    g = asyncio.gather(t)
    print(strip_lib(repr(t)))
    await asyncio.sleep(0)
    print(strip_lib(repr(t)))
    print(strip_lib(repr(g)))
    await g
    print(strip_lib(repr(t)))
    u = asyncio.create_task(child())
    u.cancel()
    print(strip_lib(repr(u)))
    await asyncio.sleep(0)
    print(strip_lib(repr(u)))
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(child(), name="in-group")
        print(strip_lib(repr(x)))
    print(strip_lib(repr(x)))

asyncio.run(main())
