# A background task fails and nobody looks: the message appears once the task is collected at shutdown.
import asyncio

async def background():
    await asyncio.sleep(0)
    raise ConnectionError("peer went away")

async def main():
    asyncio.create_task(background(), name="bg")
    await asyncio.sleep(0.01)
    print("main returns")

asyncio.run(main())
print("after run")
