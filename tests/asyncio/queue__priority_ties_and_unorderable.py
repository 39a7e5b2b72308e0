# PriorityQueue with equal priorities compares the next tuple field; unorderable items raise TypeError.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(1, "b"), (0, "z"), (1, "a")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    pq.put_nowait((1, {"a": 1}))
    try:
        pq.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)
    print(pq.qsize())

asyncio.run(main())
