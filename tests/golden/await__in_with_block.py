# await inside a synchronous with block; __exit__ sees the exception from the awaited coroutine
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

async def boom():
    raise KeyError("k")

async def ok():
    return "fine"

async def main():
    with CM() as cm:
        print(await ok())
    with CM():
        await boom()
        print("not reached")
    return "survived"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
