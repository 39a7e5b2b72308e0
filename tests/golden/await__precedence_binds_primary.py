# `await x[1]` / `await x.attr` / `await f()()` apply the trailer before awaiting; ** binds looser
async def v(x):
    return x

class Obj:
    def __init__(self):
        self.attr = v("attr value")

async def main():
    print(await v(2) ** 2, -await v(3))
    print(await Obj().attr)
    try:
        print(await v([10, 20])[1])
    except TypeError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    pass
