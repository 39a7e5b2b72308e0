# Calling asyncio.sleep without await inside a task: RuntimeWarning "coroutine 'sleep' was never awaited".
import asyncio

async def main():
    asyncio.sleep(0.1)
    print("forgot to await")

asyncio.run(main())
