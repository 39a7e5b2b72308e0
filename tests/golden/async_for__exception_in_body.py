# an exception in the async for body propagates; the generator stays suspended until dropped
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

async def main():
    try:
        async for x in gen():
            print("got", x)
            raise ValueError("body failed")
    except ValueError as e:
        print("caught", e)
    print("main continues")

try:
    main().send(None)
except StopIteration:
    pass
