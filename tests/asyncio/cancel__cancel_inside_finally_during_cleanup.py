# A second cancel while the task awaits inside its finally interrupts the cleanup.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup begins")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cleanup interrupted by second cancel")
            raise
        print("not reached")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("first")
    await asyncio.sleep(0.01)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("final:", e.args)

asyncio.run(main())
