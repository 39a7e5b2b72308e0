# A Future is iterable with yield-from semantics inside a generator-based await (__await__).
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    it = f.__await__()
    print(next(it) is f)
    f.set_result("x")
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)

asyncio.run(main())
