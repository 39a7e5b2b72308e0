# except* handles each exception type from a TaskGroup's ExceptionGroup separately.
import asyncio

async def raise_after(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(ValueError("v"), 0.01))
            tg.create_task(raise_after(TypeError("t"), 0.01))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group:", [str(e) for e in eg.exceptions])

asyncio.run(main())
