# Event.set wakes every waiter in order; wait() on a set event returns True at once; clear resets.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    print("set called")
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print("is_set", ev.is_set())

asyncio.run(main())
