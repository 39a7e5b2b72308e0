# A future resolved by a timer callback delivers its value to several awaiting tasks in order.
import asyncio

async def waiter(name, f):
    v = await f
    print(name, "got", v)
    return name

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, f)) for n in ("w1", "w2", "w3")]
    loop.call_later(0.01, f.set_result, 99)
    print(await asyncio.gather(*tasks))

asyncio.run(main())
