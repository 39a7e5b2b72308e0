# The loop and handle classes: names, isinstance with AbstractEventLoop, direct construction.
import asyncio

loop = asyncio.new_event_loop()
print(type(loop).__name__)
print(type(loop) is asyncio.SelectorEventLoop)
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(3, asyncio.AbstractEventLoop))
print(issubclass(asyncio.SelectorEventLoop, asyncio.AbstractEventLoop))
print(asyncio.AbstractEventLoop.__module__, asyncio.AbstractEventLoop.__name__)
h = loop.call_soon(print, "h")
t = loop.call_later(10, print)
print(type(h) is asyncio.Handle, type(t) is asyncio.TimerHandle, isinstance(t, asyncio.Handle))
print(asyncio.Handle.__name__, asyncio.TimerHandle.__name__)
t.cancel()
other = asyncio.SelectorEventLoop()
print(other is loop, other.is_closed(), other.is_running())
print(other.run_until_complete(asyncio.sleep(0, "on other")))
other.close()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
try:
    loop.no_such_method
except AttributeError as e:
    print("AttributeError:", e)
