# A leftover task may await in its cleanup during asyncio.run's shutdown; it still completes.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.01)
        print("cleanup end")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")
