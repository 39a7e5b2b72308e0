# Task-N numbering is global: asyncio.run's shutdown (asyncgens, executor) and aclose tasks use numbers.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed by", asyncio.current_task().get_name())

async def sleeper():
    await asyncio.sleep(10)

async def main(tag):
    print(tag, asyncio.current_task().get_name())
    asyncio.create_task(sleeper())
    g = agen()
    print(await g.__anext__())
    main.keep = g
    await asyncio.sleep(0)

asyncio.run(main("first"))
asyncio.run(main("second"))

async def plain():
    return asyncio.current_task().get_name()

print(asyncio.run(plain()))
