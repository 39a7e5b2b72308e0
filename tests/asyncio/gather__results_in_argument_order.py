# gather returns results in argument order regardless of completion order.
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    print("finished", x)
    return x

async def main():
    print(await asyncio.gather(val("slow", 0.03), val("fast", 0.01), val("mid", 0.02)))
    print(await asyncio.gather())

asyncio.run(main())
