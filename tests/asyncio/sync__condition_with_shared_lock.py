# A Condition built on an existing Lock shares it: holding the lock counts as holding the condition.
import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print(cond.locked())
        cond.notify_all()
        print("notify_all under the shared lock is fine")
    print(cond.locked())

asyncio.run(main())
