# remove_done_callback removes every registration of the callback and returns the count.
import asyncio

def cb(fut):
    print("cb ran")

def other(fut):
    print("other ran")

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(cb)
    f.add_done_callback(other)
    f.add_done_callback(cb)
    print(f.remove_done_callback(cb))
    print(f.remove_done_callback(cb))
    f.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
