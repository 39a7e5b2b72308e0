# new_event_loop + run_until_complete + close, then using the closed loop fails.
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x * 2

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(21)))
print(loop.run_until_complete(loop.create_task(work(5))))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
coro = work(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
