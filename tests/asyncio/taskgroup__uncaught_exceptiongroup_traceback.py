# An ExceptionGroup from a TaskGroup, printed with traceback.print_exc (frames from this file only).
import asyncio, traceback

async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f"boom {n}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            traceback.print_exception(e)

asyncio.run(main())
