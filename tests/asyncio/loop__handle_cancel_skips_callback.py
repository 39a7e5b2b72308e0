# Handle.cancel / TimerHandle.cancel prevent the callback; cancelled() reports it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon kept")
    h2 = loop.call_soon(print, "soon cancelled")
    t1 = loop.call_later(0.01, print, "timer cancelled")
    t2 = loop.call_later(0.02, print, "timer kept")
    h2.cancel()
    t1.cancel()
    print(h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    print(type(h1).__name__, type(t1).__name__)
    await asyncio.sleep(0.03)
    h2.cancel()  # cancelling twice is harmless
    print("end")

asyncio.run(main())
