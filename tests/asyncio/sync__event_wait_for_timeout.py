# wait_for(event.wait(), timeout) raises TimeoutError when nobody sets the event.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("TimeoutError; is_set:", ev.is_set())
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await asyncio.wait_for(ev.wait(), 0.2))

asyncio.run(main())
