# run_forever runs until stop(); stop() before run_forever still runs one iteration.
import asyncio

loop = asyncio.new_event_loop()

def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()

loop.call_soon(tick, 1)
loop.run_forever()
print("stopped, running:", loop.is_running())
loop.call_soon(print, "first iteration")
loop.stop()
loop.call_soon(print, "also first iteration")
loop.run_forever()
loop.call_soon(print, "next run")
loop.call_soon(loop.stop)
loop.run_forever()
h = loop.call_later(0.01, print, "timer")
loop.call_later(0.02, loop.stop)
loop.run_forever()
print(h.cancelled())
loop.close()
