# A chain of timers rescheduling each other fires at growing deadlines (elapsed rounded).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t0 = loop.time()
    def tick(n):
        print("tick", n, round(loop.time() - t0, 1))
        if n < 3:
            loop.call_later(0.1, tick, n + 1)
        else:
            done.set_result(n)
    loop.call_later(0, tick, 0)
    print("result", await done)

asyncio.run(main())
