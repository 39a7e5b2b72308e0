# An async generator left suspended is finalised (aclose) by asyncio.run's shutdown_asyncgens.
import asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finalised")

gen_ref = []

async def main():
    g = ticker()
    gen_ref.append(g)
    async for v in g:
        print("tick", v)
        if v == 2:
            break
    print("main returns")

asyncio.run(main())
print("after run")
