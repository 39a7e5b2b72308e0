# Two children failing at different times: both errors are collected, in completion order.
import asyncio

async def fail_after(d, msg):
    await asyncio.sleep(d)
    raise RuntimeError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, "immediate"))
            tg.create_task(fail_after(0, "same pass"))
            tg.create_task(fail_after(1, "never (cancelled)"))
    except* RuntimeError as eg:
        print([str(e) for e in eg.exceptions])

asyncio.run(main())
