# set_event_loop makes get_event_loop return that loop outside any running loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

async def main():
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(main()))
asyncio.set_event_loop(None)
loop.close()
print(loop.is_closed())
