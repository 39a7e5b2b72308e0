# as_completed mixes futures and tasks; the iterator length equals the input count.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.02, f.set_result, "future")
    t = asyncio.create_task(asyncio.sleep(0.01, result="task"))
    it = asyncio.as_completed([f, t])
    print(type(it).__name__)
    print([await x for x in it])

asyncio.run(main())
