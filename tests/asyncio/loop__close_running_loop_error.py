# Closing the running loop from inside raises "Cannot close a running event loop".
import asyncio

async def main():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
