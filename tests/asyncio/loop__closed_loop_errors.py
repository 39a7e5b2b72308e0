# Every scheduling method of a closed loop raises "Event loop is closed"; close() twice is fine.
import asyncio

async def work():
    return 1

loop = asyncio.new_event_loop()
loop.close()
loop.close()
print(loop.is_closed(), repr(loop))
for name, call in [
    ("call_soon", lambda: loop.call_soon(print)),
    ("call_later", lambda: loop.call_later(1, print)),
    ("call_at", lambda: loop.call_at(1, print)),
    ("run_forever", lambda: loop.run_forever()),
]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
coro = work()
for name in ("create_task", "run_until_complete"):
    try:
        getattr(loop, name)(coro)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
coro.close()
f = loop.create_future()
print(f.get_loop() is loop, f.done())
