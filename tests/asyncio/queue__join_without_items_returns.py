# join() on a queue with no unfinished tasks returns at once.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("joined empty queue")
    q.put_nowait(1)
    q.get_nowait()
    asyncio.get_running_loop().call_later(0.01, q.task_done)
    await q.join()
    print("joined after task_done")

asyncio.run(main())
