# call_later timers fire by deadline, not by scheduling order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.03, print, "c 0.03")
    loop.call_later(0.01, print, "a 0.01")
    loop.call_later(0.02, print, "b 0.02")
    loop.call_later(0.04, done.set_result, None)
    await done
    print("done")

asyncio.run(main())
