# loop.shutdown_asyncgens() closes the loop's unfinished async generators; a second call finds none.
import asyncio

async def counter(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("closed", tag)

async def main():
    loop = asyncio.get_running_loop()
    a = counter("a")
    print(await a.__anext__(), await a.__anext__())
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")
    main.keep = a

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("done")
