# Inside asyncio.run, get_running_loop / get_event_loop return the same running loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    print(loop.is_running(), loop.is_closed())
    return loop

loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
