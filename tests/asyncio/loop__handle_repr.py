# Handle / TimerHandle reprs: callback source, reprlib-shortened arguments, cancelled forms.
import asyncio

def cb(*args):
    pass

loop = asyncio.new_event_loop()
h = loop.call_soon(cb, 1, "x" * 40, [1, 2, 3, 4, 5, 6, 7], (1,), 10 ** 50)
print(h)
print(h.cancelled())
h.cancel()
print(h, h.cancelled())
t = loop.call_at(100.0, cb)
print(t, t.when())
t.cancel()
print(t)
print(loop.call_soon(print, "p"))
print(loop.call_soon(len, "abc"))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
