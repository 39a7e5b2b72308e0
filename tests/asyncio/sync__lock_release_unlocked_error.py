# Releasing an unlocked Lock raises RuntimeError; acquire returns True; repr shows the state.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    print(repr(lock).split(" [")[1])
    lock.release()
    print(repr(lock).split(" [")[1])

asyncio.run(main())
