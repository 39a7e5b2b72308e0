# an exception in the async generator or in the element expression propagates out of the comprehension
async def gen():
    yield 1
    yield 0

async def main():
    try:
        print([10 // x async for x in gen()])
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    print([10 // x async for x in gen()])

main().send(None)
