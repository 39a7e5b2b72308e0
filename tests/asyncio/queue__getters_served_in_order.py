# Several consumers blocked on get() are woken in the order they started waiting.
import asyncio

async def consumer(name, q):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for item in "xyz":
        q.put_nowait(item)
    await asyncio.gather(*ts)

asyncio.run(main())
