# a coroutine that awaits again after GeneratorExit: "coroutine ignored GeneratorExit"
import types

@types.coroutine
def pause(v):
    yield v

async def stubborn():
    try:
        await pause(1)
    except GeneratorExit:
        print("caught GeneratorExit, awaiting again")
        await pause(2)
    print("unreachable")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(c.cr_frame is None, c.cr_suspended)
