# Cancellation goes to the innermost await of a chain of coroutines; each frame's finally runs in order.
import asyncio

async def level3():
    try:
        await asyncio.sleep(1)
    finally:
        print("level3 finally")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
