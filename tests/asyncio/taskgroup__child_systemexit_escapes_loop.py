# A child raising SystemExit: Task.__step re-raises it out of the loop (exit status 3) even though main catches it too
# (the TaskGroup re-raises the BaseException unwrapped; main handles it while asyncio.run shuts down).
import asyncio

async def leave():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("sibling finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(leave())
    except SystemExit as e:
        print("SystemExit", e.code)

asyncio.run(main())
print("not reached")
