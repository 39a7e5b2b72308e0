# __await__ returning a coroutine: "__await__() returned a coroutine" (the coroutine warns)
async def inner():
    return 1

class Wrong:
    def __await__(self):
        return inner()

async def main():
    return await Wrong()

try:
    main().send(None)
except TypeError as e:
    print(type(e).__name__, e)
print("after")
