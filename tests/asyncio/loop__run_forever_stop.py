# run_forever runs until loop.stop(); callbacks already queued in that iteration still run.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "one")
loop.call_soon(loop.stop)
loop.call_soon(print, "two (same iteration)")
loop.call_later(0.01, print, "timer after restart")
loop.run_forever()
print("stopped; running again")
loop.call_later(0.02, loop.stop)
loop.run_forever()
print("stopped again")
loop.close()
