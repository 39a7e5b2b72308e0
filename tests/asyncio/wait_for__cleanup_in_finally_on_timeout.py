# On timeout the inner coroutine's finally runs (even one that awaits) before TimeoutError reaches the caller.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.01)
        print("cleanup end")

async def main():
    try:
        await asyncio.wait_for(worker(), 0.02)
    except asyncio.TimeoutError:
        print("timed out after cleanup")

asyncio.run(main())
