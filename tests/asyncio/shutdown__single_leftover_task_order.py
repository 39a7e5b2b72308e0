# One leftover task: it is cancelled after main returns and before asyncio.run returns.
import asyncio

async def background():
    try:
        print("bg started")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("bg cancelled at shutdown", e.args)
        raise
    finally:
        print("bg finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print("after run")
