# wait_for(shield(task)) times out but the shielded task keeps running to completion.
import asyncio

async def work():
    await asyncio.sleep(0.05)
    print("work finished")
    return 42

async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out; task cancelled?", t.cancelled())
    print(await t)

asyncio.run(main())
